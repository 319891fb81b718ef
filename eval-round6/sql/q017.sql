SELECT count(*) FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE c.is_own=1 AND r.name='chat-server' AND strftime('%Y', (authored_at + author_utc_offset*60), 'unixepoch')='2026';
