SELECT author_login, count(DISTINCT repo_id) repos, count(*) FROM commits WHERE is_own=0 GROUP BY 1 ORDER BY 2 DESC;
