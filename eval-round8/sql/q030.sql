SELECT count(*) FROM pull_requests WHERE is_own=1 AND strftime('%Y',merged_at,'unixepoch')='2026'; -- opened in 2026 and merged: 62
