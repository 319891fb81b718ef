WITH w AS (SELECT (first_review_at-created_at)/3600.0 h FROM pull_requests WHERE is_own AND first_review_at IS NOT NULL AND strftime('%Y',created_at,'unixepoch')='2026' ORDER BY h), n AS (SELECT count(*) c FROM w)
SELECT (SELECT c FROM n), round((SELECT avg(h) FROM w),2) mean_h, (SELECT h FROM w LIMIT 1 OFFSET (SELECT (c-1)/2 FROM n)) lo, (SELECT h FROM w LIMIT 1 OFFSET (SELECT c/2 FROM n)) hi;
