SELECT count(*), sum(additions+deletions), round(avg(additions+deletions),1) FROM commits WHERE is_own=1 AND strftime('%Y', (authored_at + author_utc_offset*60), 'unixepoch')='2022';
