SELECT r.name, s.has_license, r.license_spdx FROM repositories r JOIN repo_signals s ON s.repo_id=r.id WHERE primary_language='Rust';
