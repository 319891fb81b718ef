SELECT count(*) FROM pull_requests WHERE ('
'||labels||'
') LIKE '%'||char(10)||'documentation'||char(10)||'%';
