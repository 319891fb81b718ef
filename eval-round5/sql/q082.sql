SELECT count(*), sum(is_own) FROM issues WHERE strftime('%Y-%m',created_at,'unixepoch')='2026-11';
