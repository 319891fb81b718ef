SELECT r.name, stars FROM repo_signals s JOIN repositories r ON r.id=s.repo_id WHERE ci_systems LIKE '%GitHub Actions%' AND has_tests=0 ORDER BY stars DESC;
