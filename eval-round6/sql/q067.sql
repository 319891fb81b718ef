SELECT (SELECT open_issues FROM repositories WHERE name='api-gateway') field, (SELECT count(*) FROM issues WHERE repo_name='api-gateway' AND state='OPEN') issues_table;
