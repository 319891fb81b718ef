SELECT strftime('%w', (authored_at + author_utc_offset*60), 'unixepoch') w, count(*) n FROM commits WHERE is_own=1 GROUP BY 1 ORDER BY 2
