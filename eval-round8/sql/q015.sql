SELECT state, count(*) FROM pull_requests WHERE is_own=1 AND strftime('%Y',created_at,'unixepoch')='2024' GROUP BY state
