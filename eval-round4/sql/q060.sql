SELECT count(*), group_concat(number) FROM issues WHERE repo_name='log-analyzer' AND state='OPEN';
