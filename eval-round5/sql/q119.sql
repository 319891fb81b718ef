SELECT count(*) FROM pull_requests WHERE author_login LIKE '%dependabot%'; -- 0
