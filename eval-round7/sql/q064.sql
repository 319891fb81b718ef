SELECT count(*), group_concat(r.name) FROM repositories r JOIN repo_signals s ON s.repo_id=r.id WHERE NOT s.has_contributing AND NOT s.has_code_of_conduct
