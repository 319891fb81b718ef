SELECT date((authored_at + author_utc_offset*60),'unixepoch') d, sum(additions) a, count(*) FROM commits WHERE is_own=1 GROUP BY 1 ORDER BY a DESC LIMIT 3;
