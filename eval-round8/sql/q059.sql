SELECT name FROM repositories WHERE (char(10)||topics||char(10)) LIKE '%'||char(10)||'automation'||char(10)||'%' ORDER BY name
