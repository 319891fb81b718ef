SELECT r.name FROM repositories r JOIN repo_signals s ON s.repo_id=r.id WHERE s.has_contributing=1 AND s.has_code_of_conduct=1 ORDER BY r.name
