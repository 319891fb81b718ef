SELECT count(*) FROM pull_request_reviews WHERE by_account=1 AND state='CHANGES_REQUESTED';
