SELECT author_name, count(*) FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE r.name='api-gateway' AND c.is_own=0 GROUP BY 1 ORDER BY 2 DESC;
