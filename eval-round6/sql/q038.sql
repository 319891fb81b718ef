SELECT r.name, date((authored_at + author_utc_offset*60),'unixepoch'), message FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE author_login='adabyte' ORDER BY authored_at LIMIT 2;
