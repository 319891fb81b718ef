SELECT avg((closed_at-created_at)/86400.0), count(*) FROM issues WHERE closed_at IS NOT NULL
