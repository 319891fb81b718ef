SELECT reviewer_login, count(*) n, count(DISTINCT repo_key||'#'||pr_number) prs FROM pull_request_reviews WHERE on_own_pr=1 AND by_account=0 GROUP BY reviewer_login ORDER BY n DESC LIMIT 3
