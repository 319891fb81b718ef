SELECT repo_name, number, title, comments FROM pull_requests WHERE is_own=1 ORDER BY comments DESC LIMIT 4;
