SELECT author_name, count(*) FROM commits WHERE is_own=0 AND strftime('%Y', (authored_at + author_utc_offset*60), 'unixepoch')='2025' GROUP BY 1 ORDER BY 2 DESC;
