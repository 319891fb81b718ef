SELECT reviewer_login, count(*) FROM pull_request_reviews WHERE on_own_pr=1 AND state='APPROVED' GROUP BY 1 ORDER BY 2 DESC;
