SELECT r.name FROM repositories r WHERE NOT EXISTS (SELECT 1 FROM commits c WHERE c.repo_id=r.id AND NOT c.is_own)
