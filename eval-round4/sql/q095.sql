SELECT r.name, sum(is_own), sum(1-is_own) FROM commits c JOIN repositories r ON r.id=c.repo_id GROUP BY 1 HAVING sum(1-is_own) > sum(is_own); -- expect none
