SELECT sum(strftime('%Y',created_at,'unixepoch')='2026') opened, sum(strftime('%Y',closed_at,'unixepoch')='2026') closed FROM issues;
