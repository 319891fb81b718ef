WITH t AS (SELECT additions+deletions x, ROW_NUMBER() OVER (ORDER BY additions+deletions) rn, count(*) OVER () n FROM commits WHERE is_own=1) SELECT x, rn, n FROM t WHERE rn IN (n/2, n/2+1)
