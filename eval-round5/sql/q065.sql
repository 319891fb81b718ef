SELECT author_name, count(*) FROM commits c JOIN repositories r ON r.id=c.repo_id WHERE r.name='weather-cli' AND c.is_own=0 GROUP BY 1;
