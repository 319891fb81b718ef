SELECT count(*), sum(is_own) FROM pull_requests WHERE repo_name='chat-server' AND state='OPEN';
