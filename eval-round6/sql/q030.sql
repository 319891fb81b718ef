SELECT name FROM repositories WHERE primary_language='Go' ORDER BY 1;
