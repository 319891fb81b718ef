SELECT count(*) FROM pull_requests WHERE repo_name='ml-experiments' AND state='MERGED';
