SELECT avg((first_review_at-created_at)/3600.0) hours, count(*) FROM pull_requests WHERE is_own=1 AND first_review_at IS NOT NULL; -- median 6.46 h
