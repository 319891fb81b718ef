-- SQLite full-text search (FTS5, porter stemming) over commit messages and READMEs.
-- External-content tables kept in step by triggers, so the text is stored once.
CREATE VIRTUAL TABLE commits_fts USING fts5(message, content='commits', content_rowid='rowid', tokenize='porter unicode61');

CREATE TRIGGER commits_fts_after_insert AFTER INSERT ON commits BEGIN
    INSERT INTO commits_fts (rowid, message) VALUES (new.rowid, new.message);
END;

CREATE TRIGGER commits_fts_after_delete AFTER DELETE ON commits BEGIN
    INSERT INTO commits_fts (commits_fts, rowid, message) VALUES ('delete', old.rowid, old.message);
END;

CREATE TRIGGER commits_fts_after_update AFTER UPDATE OF message ON commits BEGIN
    INSERT INTO commits_fts (commits_fts, rowid, message) VALUES ('delete', old.rowid, old.message);
    INSERT INTO commits_fts (rowid, message) VALUES (new.rowid, new.message);
END;

CREATE VIRTUAL TABLE readmes_fts USING fts5(content, content='readmes', content_rowid='rowid', tokenize='porter unicode61');

CREATE TRIGGER readmes_fts_after_insert AFTER INSERT ON readmes BEGIN
    INSERT INTO readmes_fts (rowid, content) VALUES (new.rowid, new.content);
END;

CREATE TRIGGER readmes_fts_after_delete AFTER DELETE ON readmes BEGIN
    INSERT INTO readmes_fts (readmes_fts, rowid, content) VALUES ('delete', old.rowid, old.content);
END;

CREATE TRIGGER readmes_fts_after_update AFTER UPDATE OF content ON readmes BEGIN
    INSERT INTO readmes_fts (readmes_fts, rowid, content) VALUES ('delete', old.rowid, old.content);
    INSERT INTO readmes_fts (rowid, content) VALUES (new.rowid, new.content);
END;
