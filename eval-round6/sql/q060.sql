SELECT count(*) FROM issues WHERE state_reason='COMPLETED' AND strftime('%Y',closed_at,'unixepoch')='2025';
