-- Pull requests, issues and reviews: the other half of an account's GitHub work. Same portable types as V1.
--
-- Rows are keyed by the account whose ingest brought them and the repository's key: its lower-cased name for the
-- account's own repositories (repo_id set), 'owner/name' lower-cased for someone else's (repo_id NULL: pull requests
-- the account authored elsewhere, and reviews it gave there). Visibility follows the repository row for the
-- account's own repositories (private, removed) and external_private for someone else's.

CREATE TABLE pull_requests (
    account_id        BIGINT  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    repo_key          TEXT    NOT NULL,
    repo_name         TEXT    NOT NULL,                -- as GitHub spells it: 'name', or 'owner/name' elsewhere
    repo_id           BIGINT  REFERENCES repositories (id) ON DELETE CASCADE,
    external_private  BOOLEAN NOT NULL DEFAULT FALSE,
    number            INTEGER NOT NULL,
    title             TEXT    NOT NULL,
    body_excerpt      TEXT    NOT NULL DEFAULT '',     -- the first 280 characters of the body
    state             TEXT    NOT NULL,                -- OPEN, CLOSED (unmerged), MERGED
    is_draft          BOOLEAN NOT NULL DEFAULT FALSE,
    author_login      TEXT,
    is_own            BOOLEAN NOT NULL,                -- authored by the account
    labels            TEXT    NOT NULL DEFAULT '',     -- newline separated
    base_ref          TEXT,
    head_ref          TEXT,
    additions         INTEGER NOT NULL DEFAULT 0,
    deletions         INTEGER NOT NULL DEFAULT 0,
    changed_files     INTEGER NOT NULL DEFAULT 0,
    comments          INTEGER NOT NULL DEFAULT 0,
    created_at        BIGINT  NOT NULL,
    updated_at        BIGINT  NOT NULL,
    closed_at         BIGINT,
    merged_at         BIGINT,
    first_review_at   BIGINT,                          -- earliest review by someone other than the author
    PRIMARY KEY (account_id, repo_key, number)
);
CREATE INDEX pull_requests_by_account_created ON pull_requests (account_id, created_at);
CREATE INDEX pull_requests_by_account_own_created ON pull_requests (account_id, is_own, created_at);
-- Covering: pull request statistics over a period read this index only, never the rows (titles, bodies).
CREATE INDEX pull_requests_stats ON pull_requests (account_id, is_own, created_at, merged_at, closed_at,
    first_review_at, state, additions, deletions, changed_files, repo_id, external_private, repo_name);
CREATE INDEX pull_requests_by_account_merged ON pull_requests (account_id, merged_at);

CREATE TABLE pull_request_reviews (
    account_id        BIGINT  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    repo_key          TEXT    NOT NULL,
    repo_name         TEXT    NOT NULL,
    repo_id           BIGINT  REFERENCES repositories (id) ON DELETE CASCADE,
    external_private  BOOLEAN NOT NULL DEFAULT FALSE,
    pr_number         INTEGER NOT NULL,
    review_id         TEXT    NOT NULL,                -- GitHub's node id
    reviewer_login    TEXT,
    by_account        BOOLEAN NOT NULL,                -- given by the account
    on_own_pr         BOOLEAN NOT NULL,                -- on a pull request the account authored
    state             TEXT    NOT NULL,                -- APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED
    submitted_at      BIGINT,
    PRIMARY KEY (account_id, repo_key, pr_number, review_id)
);
CREATE INDEX pull_request_reviews_by_account_submitted ON pull_request_reviews (account_id, submitted_at);
-- Covering: review statistics (by reviewer, state or repository) read this index only.
CREATE INDEX pull_request_reviews_stats ON pull_request_reviews (account_id, reviewer_login, state, submitted_at,
    by_account, on_own_pr, repo_id, external_private, repo_name, repo_key);

CREATE TABLE issues (
    account_id        BIGINT  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    repo_key          TEXT    NOT NULL,
    repo_name         TEXT    NOT NULL,
    repo_id           BIGINT  NOT NULL REFERENCES repositories (id) ON DELETE CASCADE,
    number            INTEGER NOT NULL,
    title             TEXT    NOT NULL,
    body_excerpt      TEXT    NOT NULL DEFAULT '',
    state             TEXT    NOT NULL,                -- OPEN, CLOSED
    state_reason      TEXT,                            -- COMPLETED, NOT_PLANNED, DUPLICATE, REOPENED
    author_login      TEXT,
    is_own            BOOLEAN NOT NULL,
    labels            TEXT    NOT NULL DEFAULT '',
    comments          INTEGER NOT NULL DEFAULT 0,
    created_at        BIGINT  NOT NULL,
    updated_at        BIGINT  NOT NULL,
    closed_at         BIGINT,
    closed_by_pr      INTEGER,                         -- the pull request that closed it (derived by WorkRollups)
    PRIMARY KEY (account_id, repo_key, number)
);
CREATE INDEX issues_by_account_created ON issues (account_id, created_at);
CREATE INDEX issues_by_account_state_created ON issues (account_id, state, created_at);
-- Covering: issues closed in a period, how long they took and what closed them.
CREATE INDEX issues_by_account_closed ON issues (account_id, closed_at, created_at, state, closed_by_pr, repo_id);

-- The issues a pull request closes (GitHub's closingIssuesReferences, same repository).
CREATE TABLE pull_request_closes (
    account_id    BIGINT  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    repo_key      TEXT    NOT NULL,
    pr_number     INTEGER NOT NULL,
    issue_number  INTEGER NOT NULL,
    PRIMARY KEY (account_id, repo_key, pr_number, issue_number)
);
CREATE INDEX pull_request_closes_by_issue ON pull_request_closes (account_id, repo_key, issue_number);

-- Where each repository's pull requests and issues were last synced to: the newest updatedAt and GitHub's total
-- count at the end of a complete sync. A probe that finds both unchanged skips the repository. kind: 'pulls',
-- 'issues', or 'authored' (the account's pull requests elsewhere; repo_key '').
CREATE TABLE work_sync (
    account_id   BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    repo_key     TEXT   NOT NULL,
    kind         TEXT   NOT NULL,
    watermark    BIGINT,
    total_count  INTEGER NOT NULL,
    PRIMARY KEY (account_id, repo_key, kind)
);

-- Roll-up for per-month, per-year and per-repository figures (UTC months: year * 12 + month - 1). Derived data,
-- rebuilt by WorkRollups after every ingest, demo load and import.
CREATE TABLE work_monthly (
    account_id          BIGINT  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    repo_key            TEXT    NOT NULL,
    repo_name           TEXT    NOT NULL,
    repo_id             BIGINT  REFERENCES repositories (id) ON DELETE CASCADE,
    external_private    BOOLEAN NOT NULL DEFAULT FALSE,
    month               INTEGER NOT NULL,
    prs_opened          INTEGER NOT NULL,
    prs_merged          INTEGER NOT NULL,
    prs_closed          INTEGER NOT NULL,            -- closed without a merge
    own_prs_opened      INTEGER NOT NULL,
    own_prs_merged      INTEGER NOT NULL,
    own_prs_closed      INTEGER NOT NULL,
    issues_opened       INTEGER NOT NULL,
    issues_closed       INTEGER NOT NULL,
    issues_closed_by_pr INTEGER NOT NULL,            -- of those closed, closed by a pull request
    reviews_given       INTEGER NOT NULL,
    reviews_received    INTEGER NOT NULL,
    PRIMARY KEY (account_id, repo_key, month)
);
-- Covering, in the orders the tools group by: per month (series, periods) and per repository (open issues).
CREATE INDEX work_monthly_by_month ON work_monthly (account_id, month, repo_id, external_private, issues_opened,
    issues_closed, issues_closed_by_pr, reviews_given, reviews_received, prs_opened, prs_merged, prs_closed,
    own_prs_opened, own_prs_merged, own_prs_closed);
CREATE INDEX work_monthly_by_repo ON work_monthly (account_id, repo_key, repo_name, repo_id, external_private,
    issues_opened, issues_closed);
