SELECT count(*) FROM pull_requests WHERE repo_name='api-gateway' AND state='CLOSED';
