SELECT strftime('%Y',submitted_at,'unixepoch') y, count(*) FROM pull_request_reviews WHERE by_account AND strftime('%Y',submitted_at,'unixepoch') IN ('2025','2026') GROUP BY 1
