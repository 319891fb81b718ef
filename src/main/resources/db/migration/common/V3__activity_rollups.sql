-- Roll-ups that keep the tools fast on large accounts (150,000 commits): per-repo totals, and commits per local
-- calendar day (the author's own UTC offset) per repo and per account. They are derived data, rebuilt from
-- commits by ActivityRollups after every ingest and demo load, never edited by hand.
CREATE TABLE repo_stats (
    repo_id      BIGINT NOT NULL PRIMARY KEY REFERENCES repositories (id) ON DELETE CASCADE,
    account_id   BIGINT NOT NULL,
    commits      BIGINT NOT NULL,
    own_commits  BIGINT NOT NULL,
    first_at     BIGINT,
    last_at      BIGINT
);

CREATE TABLE repo_daily (
    repo_id        BIGINT  NOT NULL REFERENCES repositories (id) ON DELETE CASCADE,
    account_id     BIGINT  NOT NULL,
    day            BIGINT  NOT NULL,   -- days since 1970-01-01 in the author's local calendar
    commits        INTEGER NOT NULL,
    own_commits    INTEGER NOT NULL,
    additions      BIGINT  NOT NULL,
    deletions      BIGINT  NOT NULL,
    own_additions  BIGINT  NOT NULL,
    own_deletions  BIGINT  NOT NULL,
    PRIMARY KEY (repo_id, day)
);
-- Covering: ranking repos over a date range reads this index only, never the table.
CREATE INDEX repo_daily_by_account_day ON repo_daily (account_id, day, repo_id, commits, own_commits, additions,
    deletions, own_additions, own_deletions);

CREATE TABLE account_daily (
    account_id   BIGINT  NOT NULL,
    is_private   BOOLEAN NOT NULL,      -- rows of private repos are kept apart so public callers can leave them out
    day          BIGINT  NOT NULL,
    commits      INTEGER NOT NULL,
    own_commits  INTEGER NOT NULL,
    additions    BIGINT  NOT NULL,
    deletions    BIGINT  NOT NULL,
    PRIMARY KEY (account_id, is_private, day)
);
