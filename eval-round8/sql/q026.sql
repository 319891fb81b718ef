SELECT count(*), count(DISTINCT repo_key||'#'||pr_number) FROM pull_request_reviews WHERE on_own_pr=1 AND reviewer_login='adabyte' AND state='CHANGES_REQUESTED'
