SELECT count(*) FROM commits WHERE is_own=1 AND date((authored_at + author_utc_offset*60),'unixepoch') BETWEEN '2026-01-01' AND '2026-01-07';
