SELECT repo_name, count(*) n FROM pull_requests WHERE state='OPEN' GROUP BY 1 ORDER BY n DESC LIMIT 3;
