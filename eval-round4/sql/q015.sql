SELECT DISTINCT r.name, t.technology FROM repo_technologies t JOIN repositories r ON r.id=t.repo_id WHERE t.technology IN ('Kotlin','Rust') ORDER BY 1;
