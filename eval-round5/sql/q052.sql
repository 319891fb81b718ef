SELECT r.name, s.ci_systems FROM repositories r JOIN repo_signals s ON s.repo_id=r.id WHERE s.ci_systems NOT LIKE '%GitHub Actions%' ORDER BY 1;
