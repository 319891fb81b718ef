SELECT count(*) FROM commits WHERE is_own=1 AND cast(strftime('%H', (authored_at + author_utc_offset*60), 'unixepoch') AS int) IN (22,23)
