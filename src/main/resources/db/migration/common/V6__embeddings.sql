-- Search by meaning (issue 17): sentence embeddings (all-MiniLM-L6-v2, 384 dimensions, unit length) of what the
-- store says about each repository and of every commit message, stored as 384 signed bytes (each component × 127)
-- in a plain column on both engines: the PostgreSQL servers BitofGit meets need not have pgvector, and scoring runs
-- in the JVM (see MeaningIndex). Derived data, written by MeaningIndexer after ingests, loads and imports; never
-- exported.

-- A repository's texts cut into passages: ordinal 0 is its description and topics, 1.. its README in order.
-- Passages are rewritten only when their text changed, so an unchanged README is never embedded again.
CREATE TABLE repo_passages (
    repo_id  BIGINT  NOT NULL REFERENCES repositories (id) ON DELETE CASCADE,
    ordinal  INTEGER NOT NULL,
    content  TEXT    NOT NULL,
    vector   BYTEA   NOT NULL,
    PRIMARY KEY (repo_id, ordinal)
);

-- One vector per stored commit; a commit without one is what the next indexing run embeds. Deleting a commit
-- (history rewritten) deletes its vector.
CREATE TABLE commit_vectors (
    repo_id     BIGINT NOT NULL,
    sha         TEXT   NOT NULL,
    account_id  BIGINT NOT NULL,
    vector      BYTEA  NOT NULL,
    PRIMARY KEY (repo_id, sha),
    FOREIGN KEY (repo_id, sha) REFERENCES commits (repo_id, sha) ON DELETE CASCADE
);
CREATE INDEX commit_vectors_by_account ON commit_vectors (account_id);

-- Bumped whenever an account's vectors change, so every instance's in-memory index knows when to reload.
CREATE TABLE meaning_versions (
    account_id  BIGINT NOT NULL PRIMARY KEY,
    version     BIGINT NOT NULL
);
