SELECT name, stars, is_archived FROM repositories WHERE primary_language='Python' ORDER BY stars DESC
