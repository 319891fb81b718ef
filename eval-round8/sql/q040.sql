SELECT count(*) FROM issues WHERE closed_by_pr IS NOT NULL
