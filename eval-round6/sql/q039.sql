SELECT count(DISTINCT repo_id) FROM commits WHERE author_login='hubot';
