SELECT primary_language, count(*), group_concat(name) FROM repositories WHERE primary_language IN ('Go','Java') GROUP BY 1;
