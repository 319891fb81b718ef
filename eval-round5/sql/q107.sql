SELECT count(*) FROM repositories r LEFT JOIN repo_languages l ON l.repo_id=r.id WHERE r.primary_language='Haskell' OR l.language='Haskell'; -- 0: there are no Haskell repos
