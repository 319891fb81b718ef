SELECT count(*), sum(additions), sum(deletions) FROM pull_requests WHERE is_own=1 AND state='MERGED' AND strftime('%Y',merged_at,'unixepoch')='2025';
