SELECT count(*), sum(state='APPROVED'), sum(state='CHANGES_REQUESTED'), sum(state='COMMENTED') FROM pull_request_reviews WHERE reviewer_login='adabyte' AND on_own_pr=1;
