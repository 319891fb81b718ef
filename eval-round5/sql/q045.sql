SELECT name FROM repositories WHERE topics LIKE '%automation%' ORDER BY 1;
