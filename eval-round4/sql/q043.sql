SELECT count(*) FROM issues WHERE state='OPEN';
