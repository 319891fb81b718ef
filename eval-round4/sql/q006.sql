SELECT r.name, sum(1-c.is_own) others, count(*) n, round(100.0*sum(1-c.is_own)/count(*),1) pct FROM commits c JOIN repositories r ON r.id=c.repo_id GROUP BY 1 ORDER BY pct DESC LIMIT 3;
