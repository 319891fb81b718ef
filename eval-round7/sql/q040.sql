SELECT count(*), sum(repo_id IS NOT NULL) FROM pull_requests WHERE author_login='monalisa'
