-- Identities (issue 15): the other e-mails and names an account's owner commits under, which GitHub does not link
-- to the account. A commit is the account's own when GitHub linked it to the login, or its author e-mail is one of
-- the account's known addresses (accounts.emails) or a declared e-mail, or its author name is a declared name — and
-- never when a bot wrote it. IdentityStore recomputes commits.is_own (and the roll-ups) when identities change.
-- Same portable types as V1. (V7 is unused; V8 is taken in deployed stores.)
CREATE TABLE identities (
    account_id  BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    kind        TEXT   NOT NULL,                -- 'email' or 'name'
    value       TEXT   NOT NULL,                -- normalised: trimmed, inner spaces collapsed, lower case
    added_at    BIGINT NOT NULL,                -- epoch seconds
    PRIMARY KEY (account_id, kind, value)
);

-- A bot (dependabot, renovate, github-actions, any "[bot]" login) wrote the commit: never the account's own, and
-- left out of everyone's counts on request. Derived from the author columns when a commit is stored
-- (dev.bitofgit.store.Bots); the backfill below is the same rule as Bots.SQL.
ALTER TABLE commits ADD COLUMN is_bot BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE commits SET is_bot = TRUE
WHERE LOWER(COALESCE(author_login, '')) LIKE '%[bot]'
   OR LOWER(COALESCE(author_name, '')) LIKE '%[bot]'
   OR LOWER(COALESCE(author_email, '')) LIKE '%[bot]@users.noreply.github.com'
   OR LOWER(COALESCE(author_login, '')) IN ('dependabot', 'dependabot-preview', 'renovate', 'renovate-bot',
                                            'github-actions')
   OR LOWER(COALESCE(author_name, '')) IN ('dependabot', 'dependabot-preview', 'renovate', 'renovate-bot',
                                           'renovate bot', 'github-actions', 'github actions')
   OR LOWER(COALESCE(author_email, '')) IN ('support@dependabot.com', 'bot@renovateapp.com', 'action@github.com',
                                            'actions@github.com', 'github-actions@github.com');
