SELECT strftime('%Y-%m', (authored_at + author_utc_offset*60), 'unixepoch'), count(*) FROM commits WHERE is_own=1 GROUP BY 1 ORDER BY 2 ASC LIMIT 4; -- every month 2022-02..2026-11 has commits
