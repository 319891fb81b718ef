SELECT r.name FROM commits c JOIN repositories r ON r.id=c.repo_id GROUP BY 1 HAVING sum(1-is_own)=0;
