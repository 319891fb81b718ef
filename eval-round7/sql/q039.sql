SELECT author_name, count(*) FROM commits WHERE NOT is_own GROUP BY 1 ORDER BY 2 DESC
