SELECT count(*) FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE c.is_own=1 AND r.name='log-analyzer' AND strftime('%Y-%m', (authored_at + author_utc_offset*60), 'unixepoch')='2026-11'
