SELECT repo_name, number, title, additions, deletions, additions+deletions n FROM pull_requests WHERE is_own=1 ORDER BY n DESC LIMIT 3
