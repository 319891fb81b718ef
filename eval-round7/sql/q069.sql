SELECT round(avg((first_review_at-created_at)/3600.0),1), count(*) FROM pull_requests WHERE is_own=1 AND first_review_at IS NOT NULL
