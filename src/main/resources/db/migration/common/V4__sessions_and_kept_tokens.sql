-- Sessions name the account's login at issue time: the first ingest of an account has no accounts row yet.
-- Lookups prefer the accounts row (renames), falling back to this.
ALTER TABLE sessions ADD COLUMN login_key TEXT NOT NULL DEFAULT '';

-- GitHub tokens an owner chose to keep for re-syncs: AES-256-GCM ciphertext only (nonce || ciphertext || tag,
-- base64), under the key in BITOFGIT_SECRET_KEY, which never enters the database. key_check identifies which key
-- sealed it (a hash of the key, not the key), so a changed key is reported instead of failing obscurely.
CREATE TABLE kept_tokens (
    account_id  BIGINT NOT NULL PRIMARY KEY,
    sealed      TEXT   NOT NULL,
    key_check   TEXT   NOT NULL,
    created_at  BIGINT NOT NULL
);
