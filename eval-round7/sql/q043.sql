SELECT repo_name, number, title, date(created_at,'unixepoch') FROM issues WHERE state='OPEN' ORDER BY created_at LIMIT 3
