SELECT strftime('%H', (authored_at + author_utc_offset*60), 'unixepoch') h, count(*) FROM commits WHERE is_own=1 GROUP BY 1 ORDER BY 2 DESC LIMIT 4
