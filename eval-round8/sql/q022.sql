SELECT strftime('%H', (authored_at + author_utc_offset*60), 'unixepoch') h, count(*) n FROM commits WHERE is_own=1 GROUP BY h ORDER BY n DESC LIMIT 3
