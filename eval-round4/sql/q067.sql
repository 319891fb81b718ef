SELECT number, title, date(merged_at,'unixepoch') FROM pull_requests WHERE repo_name='sensor-hub' AND is_own=1 AND state='MERGED' ORDER BY merged_at;
