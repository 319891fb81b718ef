SELECT count(*), sum(state='MERGED') FROM pull_requests WHERE author_login='hubot' AND repo_id IS NOT NULL;
