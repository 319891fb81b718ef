SELECT name FROM repositories WHERE ('
'||topics||'
') LIKE '%'||char(10)||'react'||char(10)||'%' ORDER BY 1;
