SELECT base_ref, count(*) FROM pull_requests GROUP BY 1 ORDER BY 2 DESC;
