SELECT name, stars FROM repositories WHERE is_fork=1;
