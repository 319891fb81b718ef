SELECT state_reason, count(*) FROM issues WHERE repo_name='markdown-notes' AND state='CLOSED' GROUP BY 1;
