SELECT date((authored_at + author_utc_offset*60),'unixepoch'), r.name FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE c.is_own=1 ORDER BY authored_at, sha LIMIT 1 OFFSET 999
