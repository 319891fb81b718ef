SELECT count(*) FROM pull_request_reviews WHERE by_account AND state='CHANGES_REQUESTED'
