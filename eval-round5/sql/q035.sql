SELECT name, stars FROM repositories WHERE primary_language='Rust' ORDER BY stars DESC;
