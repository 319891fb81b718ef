SELECT own_commits, commits, round(100.0*own_commits/commits,1) FROM repo_stats s JOIN repositories r ON r.id=s.repo_id WHERE r.name='chat-server'
