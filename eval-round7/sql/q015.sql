SELECT count(*) FROM pull_requests WHERE is_own=1 AND state='MERGED' AND first_review_at IS NULL; -- cross-check with reviews table below
