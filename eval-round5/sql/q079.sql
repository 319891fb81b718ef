SELECT count(*) FROM issues WHERE is_own=1 AND strftime('%Y',created_at,'unixepoch')='2025';
