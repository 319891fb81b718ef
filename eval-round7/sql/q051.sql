SELECT count(*) FROM pull_request_reviews WHERE by_account AND NOT on_own_pr AND strftime('%Y',submitted_at,'unixepoch')='2025'
