SELECT author_name, count(*) FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE r.name='log-analyzer' AND NOT c.is_own GROUP BY 1 ORDER BY 2 DESC
