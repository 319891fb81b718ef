SELECT r.name, count(*) FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE c.is_own=1 AND strftime('%Y-%m', (authored_at + author_utc_offset*60), 'unixepoch')='2026-11' GROUP BY 1 ORDER BY 1;
