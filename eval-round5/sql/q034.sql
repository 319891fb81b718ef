SELECT r.name, r.open_issues, (SELECT count(*) FROM issues i WHERE i.repo_id=r.id AND i.state='OPEN') open_in_issue_table FROM repositories r ORDER BY 2 DESC LIMIT 6;
