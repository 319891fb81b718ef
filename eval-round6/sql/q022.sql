SELECT name, forks FROM repositories WHERE forks>5 ORDER BY forks DESC;
