SELECT count(*) FROM commits WHERE is_own=1 AND strftime('%Y', (authored_at + author_utc_offset*60), 'unixepoch')='2024'
