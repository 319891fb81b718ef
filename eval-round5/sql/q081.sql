SELECT count(*) FROM issues WHERE repo_name='ml-experiments' AND state='OPEN' AND ('
'||labels||'
') LIKE '%'||char(10)||'bug'||char(10)||'%';
