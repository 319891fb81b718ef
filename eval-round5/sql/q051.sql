SELECT count(*), group_concat(name) FROM repositories WHERE is_private=0 AND is_fork=0 AND is_archived=0;
