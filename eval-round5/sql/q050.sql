SELECT r.name, s.has_tests FROM repositories r JOIN repo_signals s ON s.repo_id=r.id WHERE r.primary_language='Go' ORDER BY 1;
