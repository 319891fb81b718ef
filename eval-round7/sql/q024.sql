SELECT round(avg(additions),1), count(*) FROM commits WHERE is_own=1
