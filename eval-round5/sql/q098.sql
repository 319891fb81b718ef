SELECT r.name, count(*) FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE author_login='linusbranch' GROUP BY 1 ORDER BY 2 DESC LIMIT 3;
