SELECT author_login, sum(additions) a, count(*) FROM commits WHERE NOT is_own GROUP BY 1 ORDER BY a DESC;
