SELECT count(*) FROM pull_requests WHERE is_own=1 AND strftime('%Y-%m',merged_at,'unixepoch')='2026-11';
