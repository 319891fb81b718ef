SELECT author_utc_offset, count(*) FROM commits WHERE is_own=1 GROUP BY 1 ORDER BY 2 DESC
