SELECT author_name, count(DISTINCT repo_id) FROM commits WHERE NOT is_own GROUP BY 1 ORDER BY 2 DESC
