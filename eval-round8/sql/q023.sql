SELECT name FROM repositories WHERE is_archived=1
