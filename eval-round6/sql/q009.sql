SELECT round(avg(additions+deletions),2), count(*) FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE c.is_own AND r.name='chat-server';
