SELECT author_name, author_login, count(*) n FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE c.is_own=0 AND r.name='sensor-hub' GROUP BY author_login ORDER BY n DESC
