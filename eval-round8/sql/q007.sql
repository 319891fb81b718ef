SELECT count(*), sum(is_draft) AS drafts FROM pull_requests WHERE is_own=1 AND state='OPEN'
