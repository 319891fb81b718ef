SELECT count(*), group_concat(DISTINCT r.name) FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE c.is_own=1 AND date((authored_at + author_utc_offset*60),'unixepoch')='2025-12-31';
