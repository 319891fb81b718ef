SELECT count(*) FROM issues WHERE is_own=1 AND state='OPEN'
