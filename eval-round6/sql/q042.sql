SELECT r.name, count(*) n FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE author_login='monalisa' GROUP BY 1 ORDER BY n DESC LIMIT 3;
