-- Commits per person per repository (the account's own excluded): the collaborator list of a large account read
-- from a few thousand rows instead of grouping its 150,000 commits on every question that may name someone.
-- Derived data like repo_stats: rebuilt with a repository's other roll-ups (ActivityRollups.refreshRepo).
-- identity is the person's key (login, else e-mail, else name, lower case), as CommitScope.IDENTITY groups them.
CREATE TABLE repo_authors (
    repo_id      BIGINT  NOT NULL REFERENCES repositories (id) ON DELETE CASCADE,
    account_id   BIGINT  NOT NULL,
    identity     TEXT    NOT NULL,
    is_bot       BOOLEAN NOT NULL,
    name         TEXT,
    login        TEXT,
    commits      BIGINT  NOT NULL,
    additions    BIGINT  NOT NULL,
    deletions    BIGINT  NOT NULL,
    last_at      BIGINT,
    PRIMARY KEY (repo_id, identity, is_bot)
);
CREATE INDEX repo_authors_by_account ON repo_authors (account_id);

INSERT INTO repo_authors (repo_id, account_id, identity, is_bot, name, login, commits, additions, deletions, last_at)
SELECT repo_id, account_id, COALESCE(LOWER(author_login), LOWER(author_email), LOWER(author_name), '?'), is_bot,
       MAX(author_name), MAX(author_login), COUNT(*), COALESCE(SUM(additions), 0), COALESCE(SUM(deletions), 0),
       MAX(authored_at)
FROM commits WHERE is_own = FALSE
GROUP BY repo_id, account_id, COALESCE(LOWER(author_login), LOWER(author_email), LOWER(author_name), '?'), is_bot;
