SELECT r.name FROM repo_signals s JOIN repositories r ON r.id=s.repo_id WHERE s.ci_systems LIKE '%GitLab CI%' ORDER BY 1;
