-- PostgreSQL full-text search over commit messages and READMEs: expression GIN indexes,
-- queried with to_tsvector('english', …) @@ websearch_to_tsquery('english', ?).
CREATE INDEX commits_message_fts ON commits USING GIN (to_tsvector('english', message));
CREATE INDEX readmes_content_fts ON readmes USING GIN (to_tsvector('english', content));
