SELECT name, date(created_at,'unixepoch') FROM repositories WHERE created_at < strftime('%s','2023-01-01') ORDER BY created_at;
