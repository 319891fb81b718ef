SELECT sum(additions), count(*) FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE NOT c.is_own AND r.name='api-gateway';
