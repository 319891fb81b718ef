SELECT count(*) FROM issues WHERE closed_by_pr IS NOT NULL AND strftime('%Y',closed_at,'unixepoch')='2026'
