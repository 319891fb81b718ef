SELECT sum(strftime('%Y-%m',authored_at,'unixepoch')='2025-12') utc, sum(strftime('%Y-%m', (authored_at + author_utc_offset*60), 'unixepoch')='2025-12') local FROM commits WHERE is_own=1;
