SELECT repo_name, count(*) FROM pull_requests WHERE is_own=0 GROUP BY 1 ORDER BY 2 DESC LIMIT 3;
