SELECT sum(first_review_at IS NULL), count(*), round(100.0*sum(first_review_at IS NULL)/count(*),1) FROM pull_requests WHERE is_own=1;
