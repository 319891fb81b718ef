SELECT round(avg(comments),2), count(*) FROM pull_requests WHERE is_own;
