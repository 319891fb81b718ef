SELECT r.name, sum(deletions) FROM commits c JOIN repositories r ON r.id=c.repo_id GROUP BY 1 ORDER BY 2 DESC LIMIT 3; -- all authors
