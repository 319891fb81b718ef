SELECT count(*) FROM commits WHERE author_login='linusbranch' AND strftime('%Y', (authored_at + author_utc_offset*60), 'unixepoch')='2025';
