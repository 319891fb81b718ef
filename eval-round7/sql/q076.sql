SELECT count(*) FROM commits WHERE is_own=1 AND author_utc_offset=-300
