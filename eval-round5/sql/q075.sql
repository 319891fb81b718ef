WITH w AS (SELECT (merged_at-created_at)/3600.0 h FROM pull_requests WHERE is_own=1 AND merged_at IS NOT NULL AND strftime('%Y',merged_at,'unixepoch')='2025' ORDER BY h), n AS (SELECT count(*) c FROM w)
SELECT (SELECT c FROM n), (SELECT h FROM w LIMIT 1 OFFSET (SELECT (c-1)/2 FROM n)), (SELECT h FROM w LIMIT 1 OFFSET (SELECT c/2 FROM n));
