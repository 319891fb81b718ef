SELECT r.name FROM repositories r JOIN repo_signals s ON s.repo_id=r.id WHERE s.has_tests=0 AND r.is_archived=0 ORDER BY r.name
