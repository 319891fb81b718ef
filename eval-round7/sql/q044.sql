SELECT count(*) FROM commits WHERE is_own=1 AND lower(message) LIKE '%typo%'
