SELECT strftime('%w', (authored_at + author_utc_offset*60), 'unixepoch') AS dow, count(*) n FROM commits WHERE is_own=1 GROUP BY dow ORDER BY n DESC LIMIT 3; -- 0=Sunday, 1=Monday
