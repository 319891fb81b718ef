SELECT name, watchers FROM repositories ORDER BY watchers DESC LIMIT 3;
