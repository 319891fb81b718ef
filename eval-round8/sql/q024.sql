SELECT r.name FROM repositories r JOIN repo_signals s ON s.repo_id=r.id WHERE s.has_dockerfile=1 ORDER BY r.name
