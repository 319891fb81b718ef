SELECT sum(stars) FROM repositories
