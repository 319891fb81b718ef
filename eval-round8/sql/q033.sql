SELECT name, date(pushed_at,'unixepoch') FROM repositories WHERE pushed_at < strftime('%s','2024-12-02') ORDER BY pushed_at
