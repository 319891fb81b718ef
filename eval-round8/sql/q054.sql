SELECT strftime('%Y-%m', (authored_at + author_utc_offset*60), 'unixepoch') m, count(*) n FROM commits WHERE is_own=1 GROUP BY m ORDER BY n DESC LIMIT 3
