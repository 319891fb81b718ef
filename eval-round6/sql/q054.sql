SELECT count(*), sum(is_own) FROM pull_requests WHERE repo_id IS NOT NULL AND strftime('%Y',created_at,'unixepoch')='2026';
