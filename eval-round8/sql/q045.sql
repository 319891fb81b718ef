SELECT count(*), group_concat(name) FROM repositories WHERE id NOT IN (SELECT repo_id FROM commits WHERE is_own=1 AND strftime('%Y', (authored_at + author_utc_offset*60), 'unixepoch')='2026')
