SELECT count(*), group_concat(r.name) FROM repositories r JOIN repo_signals s ON s.repo_id=r.id WHERE s.has_tests AND NOT s.has_ci
