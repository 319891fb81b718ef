SELECT r.name FROM repositories r JOIN repo_signals s ON s.repo_id=r.id WHERE s.has_tests=1 AND s.has_ci=0 ORDER BY 1;
