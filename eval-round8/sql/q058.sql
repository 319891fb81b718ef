SELECT author_name, count(*) n FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE c.is_own=0 AND r.name='markdown-notes' GROUP BY author_name ORDER BY n DESC
