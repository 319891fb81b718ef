SELECT name FROM repositories WHERE is_private=1 ORDER BY name
