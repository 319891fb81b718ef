SELECT name, forks FROM repositories WHERE forks>50;
