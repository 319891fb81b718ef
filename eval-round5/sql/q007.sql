SELECT strftime('%w', (authored_at + author_utc_offset*60), 'unixepoch') wd, count(*) FROM commits WHERE is_own=1 GROUP BY 1 ORDER BY 2 ASC; -- 0=Sunday
