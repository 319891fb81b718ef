SELECT r.name, s.coding_standards_score FROM repositories r JOIN repo_signals s ON s.repo_id=r.id ORDER BY 2 DESC LIMIT 3
