SELECT name, stars FROM repositories ORDER BY stars DESC LIMIT 3
