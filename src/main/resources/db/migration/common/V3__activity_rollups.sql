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

-- Backfill for stores that already hold commits (later changes go through ActivityRollups).
INSERT INTO repo_stats (repo_id, account_id, commits, own_commits, first_at, last_at)
SELECT r.id, r.account_id, COUNT(c.sha), COALESCE(SUM(CASE WHEN c.is_own THEN 1 ELSE 0 END), 0),
       MIN(c.authored_at), MAX(c.authored_at)
FROM repositories r LEFT JOIN commits c ON c.repo_id = r.id
GROUP BY r.id, r.account_id;

INSERT INTO repo_daily (repo_id, account_id, day, commits, own_commits, additions, deletions, own_additions, own_deletions)
SELECT repo_id, account_id, (authored_at + author_utc_offset * 60) / 86400, COUNT(*),
       SUM(CASE WHEN is_own THEN 1 ELSE 0 END), SUM(additions), SUM(deletions),
       SUM(CASE WHEN is_own THEN additions ELSE 0 END), SUM(CASE WHEN is_own THEN deletions ELSE 0 END)
FROM commits
GROUP BY repo_id, account_id, (authored_at + author_utc_offset * 60) / 86400;

INSERT INTO account_daily (account_id, is_private, day, commits, own_commits, additions, deletions)
SELECT d.account_id, r.is_private, d.day, SUM(d.commits), SUM(d.own_commits), SUM(d.additions), SUM(d.deletions)
FROM repo_daily d JOIN repositories r ON r.id = d.repo_id
WHERE r.removed_at IS NULL
GROUP BY d.account_id, r.is_private, d.day;
