SELECT repo_name, number, title, additions, deletions, additions+deletions t FROM pull_requests WHERE is_own=1 ORDER BY t DESC LIMIT 3
