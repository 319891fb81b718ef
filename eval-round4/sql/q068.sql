SELECT count(*), sum(state='MERGED') FROM pull_requests WHERE repo_name='sensor-hub' AND is_own=0;
