SELECT name, stars FROM repositories WHERE name IN ('recipe-app','url-shortener');
