SELECT count(*), sum(comments), round(avg(comments),2), (SELECT round(avg(comments),2) FROM issues WHERE is_own=1) own_avg FROM issues;
