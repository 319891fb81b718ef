SELECT count(*) FROM commits WHERE is_own=1 AND changed_files=1;
