SELECT language, sum(bytes) FROM repo_languages GROUP BY 1 ORDER BY 2 DESC LIMIT 3
