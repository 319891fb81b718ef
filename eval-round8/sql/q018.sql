SELECT r.name FROM repo_technologies t JOIN repositories r ON r.id=t.repo_id WHERE t.technology='Spring Boot' ORDER BY r.name
