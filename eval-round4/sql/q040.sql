WITH w AS (SELECT (first_review_at-created_at)/3600.0 h FROM pull_requests WHERE is_own=1 AND first_review_at IS NOT NULL ORDER BY h),
n AS (SELECT count(*) c FROM w)
SELECT (SELECT c FROM n), (SELECT h FROM w LIMIT 1 OFFSET (SELECT (c-1)/2 FROM n)) median_lo, (SELECT h FROM w LIMIT 1 OFFSET (SELECT c/2 FROM n)) median_hi;
