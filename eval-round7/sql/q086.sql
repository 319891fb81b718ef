SELECT count(*), sum(state='MERGED') FROM pull_requests WHERE is_own=1 AND repo_id IS NULL
