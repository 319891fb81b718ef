SELECT name, forks FROM repositories WHERE forks=0 ORDER BY 1;
