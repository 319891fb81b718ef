SELECT count(*), round(count(*)/(366/7.0),1) per_week_366, round(count(*)/52.0,1) per_52 FROM commits WHERE is_own=1 AND strftime('%Y', (authored_at + author_utc_offset*60), 'unixepoch')='2024';
