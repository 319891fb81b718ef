SELECT r.name FROM repo_signals s JOIN repositories r ON r.id=s.repo_id WHERE ci_systems LIKE '%GitHub Actions%' ORDER BY 1;
