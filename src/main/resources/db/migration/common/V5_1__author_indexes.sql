-- Questions about one person ("how many commits did hubot make", "repos where Ada and I both committed") filter
-- commits by login, name or e-mail, case-insensitively: one expression index per column lets SQLite's OR
-- optimisation and PostgreSQL's bitmap OR read only that person's commits instead of the account's whole history.
CREATE INDEX commits_by_account_author_login ON commits (account_id, LOWER(author_login));
CREATE INDEX commits_by_account_author_name ON commits (account_id, LOWER(author_name));
CREATE INDEX commits_by_account_author_email ON commits (account_id, LOWER(author_email));
