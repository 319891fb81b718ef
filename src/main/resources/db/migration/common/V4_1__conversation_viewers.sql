-- A conversation belongs to the caller that started it: the view it was asked in ('public', or the session's
-- account, see ToolContext.viewer()). Another caller presenting its id starts a fresh conversation, so remembered
-- context (a private repository's name) never crosses views. Conversations from before this column belong to no
-- one and are not continued.
ALTER TABLE conversations ADD COLUMN viewer TEXT NOT NULL DEFAULT 'unbound';
