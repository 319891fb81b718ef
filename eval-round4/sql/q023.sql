WITH d AS (SELECT DISTINCT date((authored_at + author_utc_offset*60),'unixepoch') day FROM commits WHERE is_own=1 AND strftime('%Y', (authored_at + author_utc_offset*60), 'unixepoch')='2023'),
x AS (SELECT day, LAG(day) OVER (ORDER BY day) prev FROM d)
SELECT prev, day, julianday(day)-julianday(prev) gap FROM x WHERE prev IS NOT NULL ORDER BY gap DESC LIMIT 3;
