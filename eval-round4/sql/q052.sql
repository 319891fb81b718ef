SELECT r.name, length(m.content) FROM readmes m JOIN repositories r ON r.id=m.repo_id ORDER BY 2 DESC LIMIT 3;
