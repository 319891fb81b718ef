package dev.bitofgit.store;

import static java.util.Objects.requireNonNull;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The identities an account's owner declared (issue 15), and what follows from them: which stored commits are the
 * account's own ({@code commits.is_own}) and the roll-ups counted from that flag.
 *
 * <p>A change is one transaction: the identities, the flags (one query finds the commits whose flag differs from the
 * rule; only those are written) and the roll-up rows those commits are counted in (moved by the difference, not
 * rebuilt). Readers therefore see the counts before or after, never half of a change, and nothing is fetched from
 * GitHub again.
 */
public final class IdentityStore {
    /** An author e-mail in the account's repositories that no GitHub account is linked to, and how much it wrote. */
    public record Suggestion(String email, Optional<String> name, long commits, long repos, Instant lastCommitAt) {
        public Suggestion {
            requireNonNull(email, "email == null");
            requireNonNull(name, "name == null");
            requireNonNull(lastCommitAt, "lastCommitAt == null");
        }
    }

    /** What a change did: identities added and removed, commits whose flag flipped, and the repositories they are in. */
    public record Change(List<Identity> added, List<Identity> removed, int commitsChanged, int reposChanged) {
        public Change {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
        }
    }

    private final Database database;

    public IdentityStore(Database database) {
        this.database = requireNonNull(database, "database == null");
    }

    /** The declared identities, e-mails first, each kind alphabetically. */
    public List<Identity> list(long accountId) {
        return database.jdbi().withHandle(handle -> list(handle, accountId));
    }

    private static List<Identity> list(Handle handle, long accountId) {
        return handle.createQuery("""
                        SELECT kind, value, added_at FROM identities WHERE account_id = :account ORDER BY kind, value
                        """)
                .bind("account", accountId)
                .map((rs, ctx) -> new Identity(Identity.Kind.of(rs.getString("kind")), rs.getString("value"),
                        Instant.ofEpochSecond(rs.getLong("added_at"))))
                .list();
    }

    /**
     * Adds and removes identities (values in {@link Identity#normalised} form; adding one already there and removing
     * one that is not change nothing), then recomputes which commits are the account's own and moves the roll-ups
     * by the commits that changed.
     */
    public Change change(long accountId, Collection<Identity> add, Collection<Identity> remove) {
        requireNonNull(add, "add == null");
        requireNonNull(remove, "remove == null");
        Change change = database.jdbi().inTransaction(handle -> {
            List<Identity> added = new ArrayList<>();
            for (Identity identity : add) {
                int rows = handle.createUpdate("""
                                INSERT INTO identities (account_id, kind, value, added_at)
                                VALUES (:account, :kind, :value, :at) ON CONFLICT (account_id, kind, value) DO NOTHING
                                """)
                        .bind("account", accountId).bind("kind", identity.kind().id())
                        .bind("value", Identity.normalised(identity.value()))
                        .bind("at", identity.addedAt().getEpochSecond()).execute();
                if (rows > 0) {
                    added.add(identity);
                }
            }
            List<Identity> removed = new ArrayList<>();
            for (Identity identity : remove) {
                int rows = handle.createUpdate("DELETE FROM identities WHERE account_id = :account AND kind = :kind"
                                + " AND value = :value")
                        .bind("account", accountId).bind("kind", identity.kind().id())
                        .bind("value", Identity.normalised(identity.value())).execute();
                if (rows > 0) {
                    removed.add(identity);
                }
            }
            if (added.isEmpty() && removed.isEmpty()) {
                return new Change(added, removed, 0, 0);
            }
            List<ActivityRollups.OwnChange> flipped = applyOwnership(handle, accountId);
            ActivityRollups.applyOwnChanges(handle, accountId, flipped);
            return new Change(added, removed, flipped.size(),
                    (int) flipped.stream().mapToLong(ActivityRollups.OwnChange::repoId).distinct().count());
        });
        // No ANALYZE afterwards: a flag flip changes no table's size, and the planners' statistics stay as good.
        return change;
    }

    /** The account's rule as the store holds it: login, known and declared e-mails, declared names. */
    public Ownership ownership(long accountId) {
        return database.jdbi().withHandle(handle -> ownership(handle, accountId));
    }

    private static Ownership ownership(Handle handle, long accountId) {
        Account account = handle.createQuery("SELECT * FROM accounts WHERE id = :id").bind("id", accountId)
                .map((rs, ctx) -> AccountStore.map(rs)).findOne()
                .orElseThrow(() -> new StoreException("no account " + accountId + " in the store"));
        Set<String> emails = new HashSet<>();
        account.emails().forEach(email -> emails.add(Identity.normalised(email)));
        Set<String> names = new HashSet<>();
        for (Identity identity : list(handle, accountId)) {
            (identity.kind() == Identity.Kind.EMAIL ? emails : names).add(identity.value());
        }
        return new Ownership(account.loginKey(), emails, names);
    }

    /**
     * Sets {@code is_own} on every commit of the account by its {@link Ownership} rule, without touching the
     * roll-ups (an ingest rebuilds them all right after); returns how many commits changed. Runs at the end of every
     * ingest, so commits stored while identities changed follow the identities as they are now.
     */
    public int applyOwnership(long accountId) {
        return database.jdbi().inTransaction(handle -> applyOwnership(handle, accountId)).size();
    }

    /**
     * The rule as SQL over exact author values: the account's distinct author e-mails and names are matched in Java
     * ({@link Identity#normalised}: Unicode lower case, where SQLite's LOWER folds ASCII only); one query finds the
     * commits whose flag differs from the rule, and each is flipped by its key. Returns them, for the roll-ups.
     */
    private static List<ActivityRollups.OwnChange> applyOwnership(Handle handle, long accountId) {
        Ownership rule = ownership(handle, accountId);
        List<String> emails = matching(handle, accountId, "author_email", rule.emails());
        List<String> names = matching(handle, accountId, "author_name", rule.names());
        String own = "(CASE WHEN is_bot = FALSE AND (LOWER(author_login) = :login"
                + (emails.isEmpty() ? "" : " OR author_email IN (<emails>)")
                + (names.isEmpty() ? "" : " OR author_name IN (<names>)")
                + ") THEN TRUE ELSE FALSE END)";
        List<Map.Entry<String, ActivityRollups.OwnChange>> changes = bindRule(handle.createQuery(
                        "SELECT repo_id, sha, authored_at, author_utc_offset, additions, deletions, " + own
                                + " AS now_own FROM commits WHERE account_id = :account AND is_own <> " + own),
                accountId, rule, emails, names)
                .map((rs, ctx) -> Map.entry(rs.getString("sha"), new ActivityRollups.OwnChange(rs.getLong("repo_id"),
                        rs.getLong("authored_at"), rs.getInt("author_utc_offset"), rs.getInt("additions"),
                        rs.getInt("deletions"), rs.getBoolean("now_own"))))
                .list();
        List<String> shas = changes.stream().map(Map.Entry::getKey).toList();
        List<ActivityRollups.OwnChange> flipped = changes.stream().map(Map.Entry::getValue).toList();
        try (PreparedStatement statement = handle.getConnection().prepareStatement(
                "UPDATE commits SET is_own = ? WHERE repo_id = ? AND sha = ?")) {
            for (int i = 0; i < flipped.size(); i++) {
                statement.setBoolean(1, flipped.get(i).nowOwn());
                statement.setLong(2, flipped.get(i).repoId());
                statement.setString(3, shas.get(i));
                statement.addBatch();
                if ((i + 1) % 1_000 == 0) {
                    statement.executeBatch();
                }
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new StoreException("cannot update which commits are the account's own: " + e.getMessage(), e);
        }
        return flipped;
    }

    private static <T extends SqlStatement<T>> T bindRule(T statement, long accountId, Ownership rule,
                                                         List<String> emails, List<String> names) {
        statement.bind("account", accountId).bind("login", rule.loginKey());
        if (!emails.isEmpty()) {
            statement.bindList("emails", emails);
        }
        if (!names.isEmpty()) {
            statement.bindList("names", names);
        }
        return statement;
    }

    /** The account's distinct values of an author column whose normalised form is one of {@code wanted}. */
    private static List<String> matching(Handle handle, long accountId, String column, Set<String> wanted) {
        if (wanted.isEmpty()) {
            return List.of();
        }
        Set<String> exact = new LinkedHashSet<>();
        handle.createQuery("SELECT DISTINCT " + column + " FROM commits WHERE account_id = :account AND "
                        + column + " IS NOT NULL")
                .bind("account", accountId).mapTo(String.class)
                .forEach(value -> {
                    if (wanted.contains(Identity.normalised(value))) {
                        exact.add(value);
                    }
                });
        return List.copyOf(exact);
    }

    /** The account's own commits in its present repositories, private ones included (from the roll-ups). */
    public long ownCommits(long accountId) {
        return database.jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT COALESCE(SUM(s.own_commits), 0) FROM repo_stats s JOIN repositories r ON r.id = s.repo_id
                        WHERE s.account_id = :account AND r.removed_at IS NULL
                        """)
                .bind("account", accountId).mapTo(Long.class).one());
    }

    /**
     * Author e-mails in the account's repositories that GitHub linked to no account, are not the account's own and
     * are no bot's, with how many commits each wrote, most first: what the owner may want to declare.
     */
    public List<Suggestion> suggestions(long accountId, int limit) {
        return database.jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT LOWER(c.author_email) AS email, MAX(c.author_name) AS name, COUNT(*) AS commits,
                               COUNT(DISTINCT c.repo_id) AS repos, MAX(c.authored_at) AS last_at
                        FROM commits c JOIN repositories r ON r.id = c.repo_id
                        WHERE c.account_id = :account AND r.removed_at IS NULL AND c.is_own = FALSE
                          AND c.is_bot = FALSE AND c.author_login IS NULL AND c.author_email IS NOT NULL
                          AND c.author_email <> ''
                        GROUP BY LOWER(c.author_email)
                        ORDER BY commits DESC, email
                        LIMIT :limit
                        """)
                .bind("account", accountId).bind("limit", limit)
                .map((rs, ctx) -> new Suggestion(rs.getString("email"), Optional.ofNullable(rs.getString("name")),
                        rs.getLong("commits"), rs.getLong("repos"), Instant.ofEpochSecond(rs.getLong("last_at"))))
                .list());
    }
}
