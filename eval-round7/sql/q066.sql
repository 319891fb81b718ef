SELECT reviewer_login, sum(state='APPROVED'), count(*) FROM pull_request_reviews WHERE on_own_pr AND NOT by_account GROUP BY 1 ORDER BY 3 DESC LIMIT 1
