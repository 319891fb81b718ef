SELECT name, date(created_at,'unixepoch') FROM repositories WHERE strftime('%Y',created_at,'unixepoch')='2022' ORDER BY 2;
