SELECT repo_name, count(*) n FROM issues WHERE strftime('%Y',closed_at,'unixepoch')='2026' GROUP BY 1 ORDER BY n DESC LIMIT 3;
