SELECT count(*) FROM pull_request_reviews WHERE by_account=1 AND strftime('%Y',submitted_at,'unixepoch')='2025'
