SELECT count(*), count(DISTINCT repo_id), round(count(*)/25.0,1) FROM commits WHERE is_own=1;
