SELECT author_login, count(*) FROM issues WHERE is_own=0 GROUP BY 1 ORDER BY 2 DESC LIMIT 4;
