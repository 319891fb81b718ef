SELECT name, date(created_at,'unixepoch') FROM repositories ORDER BY created_at LIMIT 3
