SELECT count(*), max(date((authored_at + author_utc_offset*60),'unixepoch')) FROM commits WHERE author_name='Ada Byte' AND strftime('%Y', (authored_at + author_utc_offset*60), 'unixepoch')='2026'
