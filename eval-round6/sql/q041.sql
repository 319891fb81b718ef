SELECT author_login, count(*) FROM commits WHERE author_login IN ('hubot','linusbranch') AND strftime('%Y', (authored_at + author_utc_offset*60), 'unixepoch')='2026' GROUP BY 1;
