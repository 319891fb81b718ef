SELECT r.name FROM repositories r JOIN repo_signals s ON s.repo_id=r.id WHERE r.is_private=0 AND s.has_ci=1 AND r.license_spdx IS NULL ORDER BY 1;
