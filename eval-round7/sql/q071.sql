SELECT r.name, count(DISTINCT date((authored_at + author_utc_offset*60),'unixepoch')) FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE c.is_own=1 GROUP BY 1 ORDER BY 2 DESC LIMIT 3
