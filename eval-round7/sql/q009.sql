SELECT count(*) FROM pull_requests WHERE is_own=1 AND state='CLOSED'
