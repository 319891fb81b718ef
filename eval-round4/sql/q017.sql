SELECT strftime('%w', authored_at+9*3600, 'unixepoch') wd, count(*) FROM commits WHERE is_own=1 GROUP BY 1 ORDER BY 2 DESC; -- 0=Sunday
