SELECT count(*), sum(state='OPEN') FROM issues WHERE comments>=10;
