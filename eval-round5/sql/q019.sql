SELECT CAST(strftime('%H', (authored_at + author_utc_offset*60), 'unixepoch') AS INT) h, count(*) FROM commits WHERE is_own=1 GROUP BY 1 ORDER BY 2 ASC LIMIT 6; -- hours with no commit at all are 0
