WITH w AS (SELECT additions+deletions v FROM commits WHERE is_own=1 ORDER BY v), n AS (SELECT count(*) c FROM w)
SELECT (SELECT c FROM n), (SELECT v FROM w LIMIT 1 OFFSET (SELECT (c-1)/2 FROM n)) lo, (SELECT v FROM w LIMIT 1 OFFSET (SELECT c/2 FROM n)) hi;
