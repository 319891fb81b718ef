SELECT repo_name, count(*) n FROM issues GROUP BY repo_name ORDER BY n DESC LIMIT 3
