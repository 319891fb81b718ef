SELECT forks FROM repositories WHERE name='url-shortener'
