SELECT r.name FROM repo_signals s JOIN repositories r ON r.id=s.repo_id WHERE has_dockerfile=1 AND r.primary_language='Java';
