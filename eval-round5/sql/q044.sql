SELECT name, stars, primary_language FROM repositories WHERE primary_language='Kotlin';
