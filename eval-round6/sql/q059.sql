SELECT repo_name, number, title, author_login, datetime(created_at,'unixepoch') FROM issues WHERE state='OPEN' ORDER BY created_at DESC LIMIT 2;
