SELECT count(*) FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE c.is_own=1 AND r.primary_language='Rust' AND strftime('%Y', (authored_at + author_utc_offset*60), 'unixepoch')='2025';
