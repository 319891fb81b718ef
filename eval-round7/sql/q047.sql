SELECT repo_name, count(*) FROM issues WHERE state_reason='NOT_PLANNED' GROUP BY 1 ORDER BY 2 DESC LIMIT 3
