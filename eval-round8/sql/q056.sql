SELECT r.name, s.test_frameworks FROM repositories r JOIN repo_signals s ON s.repo_id=r.id WHERE r.name='sensor-hub'
