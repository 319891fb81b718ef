SELECT round(avg(changed_files),2), count(*) FROM commits WHERE is_own=1;
