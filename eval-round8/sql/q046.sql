SELECT ci_systems, count(*) FROM repo_signals WHERE has_ci=1 GROUP BY ci_systems ORDER BY 2 DESC
