SELECT count(*) FROM pull_requests WHERE is_own=1 AND state='OPEN' AND repo_name='ml-experiments';
