SELECT name, size_kb, primary_language FROM repositories WHERE size_kb>1000 ORDER BY 1;
