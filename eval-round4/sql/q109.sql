SELECT name, is_fork FROM repositories WHERE strftime('%Y',created_at,'unixepoch')='2025' ORDER BY 1;
