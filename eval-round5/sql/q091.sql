SELECT date(created_at,'unixepoch'), repo_name, number, title FROM pull_requests WHERE is_own=1 AND state='OPEN' ORDER BY created_at LIMIT 2;
