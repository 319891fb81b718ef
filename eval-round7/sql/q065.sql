SELECT reviewer_login, count(*) FROM pull_request_reviews WHERE on_own_pr AND NOT by_account GROUP BY 1 ORDER BY 2 DESC
