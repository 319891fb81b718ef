SELECT count(*) FROM issues WHERE is_own=0 AND state='OPEN';
