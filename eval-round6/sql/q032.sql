SELECT name, datetime(created_at,'unixepoch') FROM repositories WHERE name='weather-cli';
