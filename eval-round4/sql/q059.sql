SELECT author_login, count(*) FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE r.name='log-analyzer' AND c.is_own=0 GROUP BY 1 ORDER BY 2 DESC;
