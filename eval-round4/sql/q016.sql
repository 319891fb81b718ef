SELECT r.name, t.technology FROM repo_technologies t JOIN repositories r ON r.id=t.repo_id WHERE t.technology IN ('Flask','Django') ORDER BY 1;
