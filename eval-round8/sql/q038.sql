SELECT count(*) FROM commits WHERE is_own=1 AND strftime('%w', (authored_at + author_utc_offset*60), 'unixepoch') IN ('0','6')
