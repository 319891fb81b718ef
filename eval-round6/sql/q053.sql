SELECT reviewer_login, state, datetime(submitted_at,'unixepoch') FROM pull_request_reviews WHERE repo_name='sensor-hub' AND pr_number=65;
