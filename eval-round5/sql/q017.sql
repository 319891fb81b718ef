SELECT count(*) FROM commits WHERE is_own=1 AND CAST(strftime('%H', (authored_at + author_utc_offset*60), 'unixepoch') AS INT)=12;
