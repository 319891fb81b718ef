SELECT r.name, count(*) FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE c.is_own=1 AND lower(trim(message))='wip' GROUP BY 1 ORDER BY 2 DESC LIMIT 3
