SELECT name, date(created_at,'unixepoch') FROM repositories WHERE strftime('%m',created_at,'unixepoch')='07' ORDER BY 2;
