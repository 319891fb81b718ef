SELECT strftime('%Y',submitted_at,'unixepoch') y, count(*) FROM pull_request_reviews WHERE by_account=1 AND y IN ('2025','2026') GROUP BY y
