SELECT sum(stars) FROM repositories WHERE is_private=0 AND is_fork=0;
