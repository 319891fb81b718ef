SELECT datetime((authored_at + author_utc_offset*60),'unixepoch'), r.name, message FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE c.is_own=1 ORDER BY authored_at LIMIT 1
