WITH d AS (SELECT DISTINCT date((authored_at + author_utc_offset*60),'unixepoch') day FROM commits WHERE is_own=1 AND strftime('%Y', (authored_at + author_utc_offset*60), 'unixepoch')='2024'),
g AS (SELECT day, julianday(day) - ROW_NUMBER() OVER (ORDER BY day) grp FROM d)
SELECT min(day), max(day), count(*) n FROM g GROUP BY grp ORDER BY n DESC LIMIT 3;
