SELECT datetime((authored_at + author_utc_offset*60),'unixepoch'), r.name, author_name, message FROM commits c JOIN repositories r ON r.id=c.repo_id ORDER BY authored_at DESC LIMIT 2;
