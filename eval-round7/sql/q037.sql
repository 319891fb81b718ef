SELECT r.name, s.has_ci FROM repositories r JOIN repo_signals s ON s.repo_id=r.id WHERE primary_language='Go'
