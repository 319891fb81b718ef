SELECT count(*) FROM repositories WHERE name LIKE '%vault%' OR name LIKE '%secret%'; -- 0: no such repository
