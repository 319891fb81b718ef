SELECT ci_systems, count(*) FROM repo_signals WHERE has_ci GROUP BY 1
