SELECT name, description FROM repositories WHERE name='log-analyzer';
