SELECT group_concat(r.name) FROM repo_technologies t JOIN repositories r ON r.id=t.repo_id WHERE t.technology='React'
