SELECT name, date(created_at,'unixepoch'), julianday('2026-12-02')-julianday(date(created_at,'unixepoch')) FROM repositories ORDER BY created_at DESC LIMIT 1;
