SELECT count(*), sum(is_draft) FROM pull_requests WHERE is_own=1 AND state='OPEN'
