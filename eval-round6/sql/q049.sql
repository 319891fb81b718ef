SELECT count(*), sum(on_own_pr) FROM pull_request_reviews WHERE reviewer_login='monalisa' AND strftime('%Y',submitted_at,'unixepoch')='2025';
