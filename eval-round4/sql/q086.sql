SELECT substr(message, 19, instr(substr(message,19),' ')-1) dep, count(*) FROM commits WHERE is_own=1 AND message LIKE 'chore(deps): bump %' GROUP BY 1 ORDER BY 2 DESC LIMIT 4;
