SELECT count(*) FROM commits WHERE is_own=1 AND parent_count>1;
