SELECT repo_name, count(*) n FROM pull_requests WHERE is_own=1 AND strftime('%Y',created_at,'unixepoch')='2024' GROUP BY repo_name ORDER BY n DESC LIMIT 3
