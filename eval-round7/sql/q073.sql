SELECT r.primary_language, count(*) FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE c.is_own=1 AND r.primary_language IN ('Go','Rust') GROUP BY 1
