SELECT count(*) FROM repositories WHERE name LIKE '%todo%'; -- 0: no such repository; reasons are never stored
