SELECT repo_name, count(*) FROM pull_requests WHERE state='OPEN' GROUP BY 1 ORDER BY 2 DESC LIMIT 4
