SELECT (SELECT stars FROM repositories WHERE name='api-gateway'), (SELECT stars FROM repositories WHERE name='url-shortener');
