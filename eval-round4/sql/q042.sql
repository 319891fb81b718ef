SELECT repo_name, count(*), group_concat(state) FROM pull_requests WHERE is_own=1 AND repo_id IS NULL GROUP BY 1;
