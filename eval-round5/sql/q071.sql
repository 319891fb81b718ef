SELECT count(*) FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE r.name='chat-server' AND c.parent_count>1 AND strftime('%Y', (authored_at + author_utc_offset*60), 'unixepoch')='2026';
