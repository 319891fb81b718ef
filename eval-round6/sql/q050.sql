SELECT repo_name, number, title, state, datetime(created_at,'unixepoch') FROM pull_requests WHERE is_own ORDER BY created_at DESC LIMIT 2;
