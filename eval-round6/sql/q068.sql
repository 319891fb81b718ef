SELECT count(*) FROM pull_requests WHERE author_login='linusbranch' AND repo_id IS NOT NULL;
