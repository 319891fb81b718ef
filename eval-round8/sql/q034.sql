SELECT language, sum(bytes) b FROM repo_languages GROUP BY language ORDER BY b DESC LIMIT 3
