SELECT repo_name, number, title, state FROM pull_requests WHERE is_own=1 AND repo_id IS NULL ORDER BY repo_name
