-- BitofGit schema, version 1. Runs unchanged on SQLite and PostgreSQL 15:
-- only portable types (BIGINT, INTEGER, TEXT, BOOLEAN), natural keys instead of
-- auto-increment columns, and instants as epoch seconds (BIGINT, UTC) so date
-- arithmetic in queries is plain integer arithmetic on both engines.
-- Dialect-specific objects (full-text search) live in db/migration/{sqlite,postgresql}.

-- A GitHub account. id is GitHub's numeric user id (stable across renames);
-- login_key is the lower-cased login, the key every API lookup uses.
CREATE TABLE accounts (
    id              BIGINT  NOT NULL PRIMARY KEY,
    node_id         TEXT,                           -- GitHub's GraphQL id (filters a fork's history to the user)
    login           TEXT    NOT NULL,
    login_key       TEXT    NOT NULL UNIQUE,
    name            TEXT,
    bio             TEXT,
    html_url        TEXT,
    avatar_url      TEXT,
    emails          TEXT    NOT NULL DEFAULT '',   -- known author emails, newline separated, lower case
    created_at      BIGINT,
    source          TEXT    NOT NULL,               -- 'github' or 'demo'
    ingested_at     BIGINT,                         -- end of the last successful ingest
    private_visible BOOLEAN NOT NULL DEFAULT FALSE  -- last ingest included private repositories
);

-- A repository owned by an account. id is GitHub's repository id.
CREATE TABLE repositories (
    id                BIGINT  NOT NULL PRIMARY KEY,
    account_id        BIGINT  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name              TEXT    NOT NULL,
    name_key          TEXT    NOT NULL,             -- lower-cased name
    description       TEXT,
    html_url          TEXT    NOT NULL,
    is_private        BOOLEAN NOT NULL,
    is_fork           BOOLEAN NOT NULL,
    is_archived       BOOLEAN NOT NULL,
    default_branch    TEXT    NOT NULL,
    created_at        BIGINT  NOT NULL,
    updated_at        BIGINT  NOT NULL,
    pushed_at         BIGINT,
    stars             INTEGER NOT NULL DEFAULT 0,
    forks             INTEGER NOT NULL DEFAULT 0,
    watchers          INTEGER NOT NULL DEFAULT 0,
    open_issues       INTEGER NOT NULL DEFAULT 0,
    size_kb           INTEGER NOT NULL DEFAULT 0,
    topics            TEXT    NOT NULL DEFAULT '',  -- newline separated
    license_spdx      TEXT,
    primary_language  TEXT,
    head_sha          TEXT,                         -- default-branch head at the last sync
    tree_truncated    BOOLEAN NOT NULL DEFAULT FALSE,
    removed_at        BIGINT,                       -- set when the repo vanished from GitHub (deleted or made private)
    synced_at         BIGINT,
    UNIQUE (account_id, name_key)
);
CREATE INDEX repositories_by_account_pushed ON repositories (account_id, pushed_at);

CREATE TABLE repo_languages (
    repo_id   BIGINT  NOT NULL REFERENCES repositories (id) ON DELETE CASCADE,
    language  TEXT    NOT NULL,
    bytes     BIGINT  NOT NULL,
    PRIMARY KEY (repo_id, language)
);

-- Paths of the blobs in the default branch's HEAD tree.
CREATE TABLE repo_files (
    repo_id  BIGINT NOT NULL REFERENCES repositories (id) ON DELETE CASCADE,
    path     TEXT   NOT NULL,
    PRIMARY KEY (repo_id, path)
);

CREATE TABLE readmes (
    repo_id    BIGINT  NOT NULL PRIMARY KEY REFERENCES repositories (id) ON DELETE CASCADE,
    path       TEXT    NOT NULL,
    content    TEXT    NOT NULL,                    -- capped at 64 KiB
    truncated  BOOLEAN NOT NULL DEFAULT FALSE
);

-- Engineering signals detected from a repo's tree and manifests, with the three scores (0-100).
CREATE TABLE repo_signals (
    repo_id                  BIGINT  NOT NULL PRIMARY KEY REFERENCES repositories (id) ON DELETE CASCADE,
    has_ci                   BOOLEAN NOT NULL,
    ci_systems               TEXT    NOT NULL DEFAULT '',   -- newline separated
    has_tests                BOOLEAN NOT NULL,
    test_frameworks          TEXT    NOT NULL DEFAULT '',
    has_lint                 BOOLEAN NOT NULL,
    has_precommit            BOOLEAN NOT NULL,
    has_dockerfile           BOOLEAN NOT NULL,
    has_compose              BOOLEAN NOT NULL,
    has_makefile             BOOLEAN NOT NULL,
    has_license              BOOLEAN NOT NULL,
    has_code_of_conduct      BOOLEAN NOT NULL,
    has_contributing         BOOLEAN NOT NULL,
    has_security_policy      BOOLEAN NOT NULL,
    has_issue_templates      BOOLEAN NOT NULL,
    has_pr_template          BOOLEAN NOT NULL,
    has_changelog            BOOLEAN NOT NULL,
    has_docs                 BOOLEAN NOT NULL,
    automation_score         INTEGER NOT NULL,
    coding_standards_score   INTEGER NOT NULL,
    organization_score       INTEGER NOT NULL
);

-- Technologies of a repo: languages from extensions and frameworks named by manifests.
CREATE TABLE repo_technologies (
    repo_id     BIGINT NOT NULL REFERENCES repositories (id) ON DELETE CASCADE,
    technology  TEXT   NOT NULL,
    kind        TEXT   NOT NULL,                    -- 'language', 'framework', 'tool'
    PRIMARY KEY (repo_id, technology)
);
CREATE INDEX repo_technologies_by_name ON repo_technologies (technology);

-- Commits of each repo's default branch. The natural key (repo_id, sha) makes re-ingests idempotent.
-- account_id is denormalised so per-user timelines need no join.
CREATE TABLE commits (
    repo_id           BIGINT  NOT NULL REFERENCES repositories (id) ON DELETE CASCADE,
    sha               TEXT    NOT NULL,
    account_id        BIGINT  NOT NULL,
    parent_count      INTEGER NOT NULL,
    author_name       TEXT,
    author_email      TEXT,
    author_login      TEXT,
    authored_at       BIGINT  NOT NULL,             -- epoch seconds, UTC
    author_utc_offset INTEGER NOT NULL DEFAULT 0,   -- minutes east of UTC, for local weekday / hour
    committed_at      BIGINT  NOT NULL,
    message           TEXT    NOT NULL,
    additions         INTEGER NOT NULL,
    deletions         INTEGER NOT NULL,
    changed_files     INTEGER,                      -- NULL when GitHub could not compute it
    is_own            BOOLEAN NOT NULL,
    PRIMARY KEY (repo_id, sha)
);
CREATE INDEX commits_by_account_date ON commits (account_id, authored_at);
CREATE INDEX commits_by_account_own_date ON commits (account_id, is_own, authored_at);
CREATE INDEX commits_by_repo_date ON commits (repo_id, authored_at);

-- Conditional-request cache: the ETag GitHub gave for a resource, so the next GET can send If-None-Match.
CREATE TABLE github_etags (
    account_id  BIGINT NOT NULL,
    resource    TEXT   NOT NULL,
    etag        TEXT   NOT NULL,
    PRIMARY KEY (account_id, resource)
);

-- Ingest jobs. The lease columns let several instances share a PostgreSQL store without running a job twice.
CREATE TABLE ingest_jobs (
    id                    TEXT    NOT NULL PRIMARY KEY,
    login_key             TEXT    NOT NULL,
    status                TEXT    NOT NULL,         -- pending, running, completed, completed_with_errors, failed, not_found
    phase                 TEXT    NOT NULL,
    include_private       BOOLEAN NOT NULL,
    full_sync             BOOLEAN NOT NULL,
    used_token            BOOLEAN NOT NULL DEFAULT FALSE, -- a resumed job needs a token again (never stored)
    repos_total           INTEGER NOT NULL DEFAULT 0,
    repos_done            INTEGER NOT NULL DEFAULT 0,
    commits_stored        BIGINT  NOT NULL DEFAULT 0,
    requests              INTEGER NOT NULL DEFAULT 0,
    not_modified          INTEGER NOT NULL DEFAULT 0,
    rate_limit_remaining  INTEGER,
    message               TEXT,
    error                 TEXT,
    created_at            BIGINT  NOT NULL,
    started_at            BIGINT,
    finished_at           BIGINT,
    lease_owner           TEXT,
    lease_expires_at      BIGINT
);
CREATE INDEX ingest_jobs_by_login ON ingest_jobs (login_key, created_at);
CREATE INDEX ingest_jobs_by_status ON ingest_jobs (status, lease_expires_at);

-- Per-repo checkpoint of a job: done repos are skipped on resume; history_cursor resumes within a repo.
CREATE TABLE ingest_job_repos (
    job_id          TEXT    NOT NULL REFERENCES ingest_jobs (id) ON DELETE CASCADE,
    repo_name       TEXT    NOT NULL,
    status          TEXT    NOT NULL,               -- pending, running, done, failed
    history_cursor  TEXT,
    commits_fetched INTEGER NOT NULL DEFAULT 0,
    error           TEXT,
    PRIMARY KEY (job_id, repo_name)
);

-- Sessions: only a hash of the token is stored.
CREATE TABLE sessions (
    token_hash  TEXT   NOT NULL PRIMARY KEY,
    account_id  BIGINT NOT NULL,
    created_at  BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL,
    revoked_at  BIGINT
);
CREATE INDEX sessions_by_account ON sessions (account_id);

CREATE TABLE conversations (
    id          TEXT   NOT NULL PRIMARY KEY,
    login_key   TEXT   NOT NULL,
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL
);
CREATE INDEX conversations_by_expiry ON conversations (expires_at);

CREATE TABLE conversation_turns (
    conversation_id  TEXT    NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    turn             INTEGER NOT NULL,
    question         TEXT    NOT NULL,
    answer           TEXT    NOT NULL,
    context          TEXT    NOT NULL DEFAULT '{}',  -- JSON: the entities the turn resolved (repo, time range, …)
    created_at       BIGINT  NOT NULL,
    PRIMARY KEY (conversation_id, turn)
);
