SELECT author_name, count(*) FROM commits WHERE is_own=0 GROUP BY 1 ORDER BY 2 DESC LIMIT 2;
