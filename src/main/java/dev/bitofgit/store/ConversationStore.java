package dev.bitofgit.store;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Conversation memory in the store, so any instance can continue any conversation: bounded to the last
 * {@link #MAX_TURNS} turns and expiring {@link #TTL} after the last question.
 */
public final class ConversationStore {
    public static final int MAX_TURNS = 20;
    public static final Duration TTL = Duration.ofHours(24);

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ConversationStore.class);
    private final Database database;

    public ConversationStore(Database database) {
        this.database = requireNonNull(database, "database == null");
    }

    /**
     * The remembered context (JSON) of the latest turn, if the conversation exists, belongs to login and to the
     * viewer that started it, and lives.
     */
    public Optional<String> latestContext(String conversationId, String login, String viewer, Instant now) {
        return database.jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT t.context FROM conversation_turns t JOIN conversations c ON c.id = t.conversation_id
                        WHERE c.id = :id AND c.login_key = :login AND c.viewer = :viewer AND c.expires_at > :now
                        ORDER BY t.turn DESC LIMIT 1
                        """)
                .bind("id", conversationId)
                .bind("login", login.toLowerCase(Locale.ROOT))
                .bind("viewer", viewer)
                .bind("now", now.getEpochSecond())
                .mapTo(String.class)
                .findOne());
    }

    /** Whether the id names a stored conversation started by another viewer (whose turns this one must not see). */
    public boolean belongsToAnother(String conversationId, String viewer) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT COUNT(*) FROM conversations WHERE id = :id AND viewer <> :viewer")
                .bind("id", conversationId)
                .bind("viewer", viewer)
                .mapTo(Integer.class)
                .one()) > 0;
    }

    /** Adds a turn; a new conversation is stored as the viewer's, an existing one keeps its viewer. */
    public void addTurn(String conversationId, String login, String viewer, String question, String answer,
                        String context, Instant now) {
        if (database.readOnly().isPresent()) {
            // `ask` on a read-only store still answers; only the follow-up memory is lost, and the user is told.
            LOG.warn("{}: this question and its answer are not kept, so a follow-up cannot refer to them",
                    database.readOnly().get());
            return;
        }
        database.jdbi().useTransaction(handle -> {
            handle.createUpdate("""
                            INSERT INTO conversations (id, login_key, viewer, created_at, updated_at, expires_at)
                            VALUES (:id, :login, :viewer, :now, :now, :expires)
                            ON CONFLICT (id) DO UPDATE SET updated_at = excluded.updated_at, expires_at = excluded.expires_at
                            """)
                    .bind("id", conversationId)
                    .bind("login", login.toLowerCase(Locale.ROOT))
                    .bind("viewer", viewer)
                    .bind("now", now.getEpochSecond())
                    .bind("expires", now.plus(TTL).getEpochSecond())
                    .execute();
            int next = handle.createQuery("SELECT COALESCE(MAX(turn), 0) + 1 FROM conversation_turns WHERE conversation_id = :id")
                    .bind("id", conversationId).mapTo(Integer.class).one();
            handle.createUpdate("""
                            INSERT INTO conversation_turns (conversation_id, turn, question, answer, context, created_at)
                            VALUES (:id, :turn, :question, :answer, :context, :now)
                            """)
                    .bind("id", conversationId).bind("turn", next).bind("question", question).bind("answer", answer)
                    .bind("context", context).bind("now", now.getEpochSecond())
                    .execute();
            handle.createUpdate("DELETE FROM conversation_turns WHERE conversation_id = :id AND turn <= :oldest")
                    .bind("id", conversationId).bind("oldest", next - MAX_TURNS).execute();
            handle.createUpdate("DELETE FROM conversations WHERE expires_at <= :now")
                    .bind("now", now.getEpochSecond()).execute();
        });
    }

    public int turns(String conversationId) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT COUNT(*) FROM conversation_turns WHERE conversation_id = :id")
                .bind("id", conversationId).mapTo(Integer.class).one());
    }
}
