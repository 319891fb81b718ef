SELECT r.name FROM repositories r JOIN repo_signals s ON s.repo_id=r.id WHERE s.has_ci=1 AND s.has_tests=0 ORDER BY r.name
