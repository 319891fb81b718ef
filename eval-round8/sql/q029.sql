SELECT name, size_kb FROM repositories ORDER BY size_kb DESC LIMIT 3
