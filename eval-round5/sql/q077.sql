SELECT count(*), count(DISTINCT repo_key||'#'||pr_number) FROM pull_request_reviews WHERE by_account=1 AND state='APPROVED' AND strftime('%Y',submitted_at,'unixepoch')='2026';
