SELECT author_name, is_own, count(*) FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE r.name='homelab-scripts' GROUP BY 1,2 ORDER BY 3 DESC
