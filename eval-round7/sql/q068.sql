SELECT count(*), group_concat(name) FROM repositories WHERE NOT is_archived AND pushed_at < strftime('%s','2025-01-01')
