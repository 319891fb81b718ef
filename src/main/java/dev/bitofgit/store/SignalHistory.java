package dev.bitofgit.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * When a repository's engineering signals (CI, tests, Docker, a license) arrived, as far as the store can tell: the
 * store keeps each repository's current tree, not its file history, and no commit's paths, so the evidence is the
 * commit whose subject first announces adding the thing ("Add CI workflow", "feat: add Dockerfile", "Set up GitHub
 * Actions"). A message is only a claim: callers pair it with the current tree (a repository whose tree has no CI did
 * not keep the CI a message announced).
 *
 * <p>Cost: one full-text query for the candidates (a few per cent of the history), then the exact phrase is checked
 * in Java.
 */
public final class SignalHistory {
    /** The signals a year in review reports as gained. */
    public enum Signal {
        CI("CI", "ci|continuous integration|github actions?|workflows?|travis|circleci|gitlab[- ]ci|jenkinsfile|"
                + "pipelines?"),
        TESTS("tests", "tests?|test suite|unit tests?|specs?|pytest|junit|jest|vitest"),
        DOCKER("Docker", "docker|dockerfile|docker[- ]compose|containers?|containeri[sz]e"),
        LICENSE("a license", "licen[cs]e|licen[cs]ing");

        private final String label;
        private final Pattern announcement;

        Signal(String label, String keywords) {
            this.label = label;
            // An optional Conventional Commits type ("feat(ci): "), a verb of arrival, then the thing, as a word.
            this.announcement = Pattern.compile("^(?:[a-z]+(?:\\([^)]*\\))?!?:\\s*)?(?:add(?:s|ed|ing)?|introduc(?:e|es|ed|ing)"
                    + "|set(?:s|ting)?[ -]?up|creat(?:e|es|ed|ing)|enabl(?:e|es|ed|ing)|implement(?:s|ed|ing)?)\\b"
                    + ".*?\\b(?:" + keywords + ")\\b");
        }

        /** How the signal reads in a sentence: "gained CI", "gained a license". */
        public String label() {
            return label;
        }

        /** Whether a commit subject announces adding this signal. */
        public boolean announcedBy(String subject) {
            return announcement.matcher(subject.toLowerCase(Locale.ROOT)).find();
        }
    }

    /** The first commit of a repository whose subject announces a signal. */
    /** One commit whose subject may announce signals. */
    private record Subject(long repoId, String repo, boolean isPrivate, String sha, Instant authoredAt,
                           int utcOffsetMinutes, String subject) {
    }

    public record Announcement(long repoId, String repo, boolean repoPrivate, Signal signal, String sha,
                               Instant authoredAt, int utcOffsetMinutes, String subject) {
        public Announcement {
            requireNonNull(repo, "repo == null");
            requireNonNull(signal, "signal == null");
            requireNonNull(sha, "sha == null");
            requireNonNull(authoredAt, "authoredAt == null");
            requireNonNull(subject, "subject == null");
        }
    }

    /**
     * The candidates, found by the full-text index (FTS5 with porter stemming on SQLite, the GIN tsvector index on
     * PostgreSQL) instead of a scan of every message: a verb of arrival and a signal word anywhere in the message.
     * Both indexes stem the query's words as they stem the messages' ("added" and "adding" are "add"), so the set
     * holds every commit whose subject {@link Signal#announcedBy} can accept, and some more that it then refuses.
     * 150,000 commits: 26 ms, where LIKE over every message took 475 ms.
     */
    private static final String VERBS = "add introduce set setup create enable implement";
    private static final String WORDS = "ci integration action actions workflow travis circleci jenkinsfile pipeline "
            + "test tests spec pytest junit jest vitest docker dockerfile compose container containerize containerise "
            + "license licence licensing licencing";

    private final Database database;

    public SignalHistory(Database database) {
        this.database = requireNonNull(database, "database == null");
    }

    /**
     * Per repository the caller may see and per signal, the earliest commit (anyone's) whose subject announces adding
     * it, oldest first.
     */
    public List<Announcement> firstAnnouncements(long accountId, boolean includePrivate) {
        boolean sqlite = database.dialect() == Dialect.SQLITE;
        String sql = "SELECT c.repo_id, r.name, r.is_private, c.sha, c.authored_at, c.author_utc_offset,"
                + " SUBSTR(c.message, 1, 160) AS head"
                + (sqlite ? " FROM commits_fts f JOIN commits c ON c.rowid = f.rowid" : " FROM commits c")
                + " JOIN repositories r ON r.id = c.repo_id"
                + " WHERE c.account_id = :account AND <visible>"
                + (sqlite ? " AND commits_fts MATCH :terms"
                        : " AND to_tsvector('english', c.message) @@ to_tsquery('english', :terms)")
                + " ORDER BY c.authored_at, c.sha";
        String terms = sqlite ? "(" + String.join(" OR ", VERBS.split(" ")) + ") AND (" + String.join(" OR ",
                WORDS.split(" ")) + ")" : "(" + String.join(" | ", VERBS.split(" ")) + ") & (" + String.join(" | ",
                WORDS.split(" ")) + ")";
        Map<Long, Map<Signal, Announcement>> first = new LinkedHashMap<>();
        database.jdbi().useHandle(handle -> Visibility.bind(handle.createQuery(sql)
                        .bind("account", accountId), includePrivate)
                .bind("terms", terms)
                .map((rs, ctx) -> new Subject(rs.getLong("repo_id"), rs.getString("name"), rs.getBoolean("is_private"),
                        rs.getString("sha"), Instant.ofEpochSecond(rs.getLong("authored_at")),
                        rs.getInt("author_utc_offset"), rs.getString("head").lines().findFirst().orElse("").strip()))
                .forEach(commit -> {
                    Map<Signal, Announcement> seen = first.computeIfAbsent(commit.repoId(), id -> new EnumMap<>(Signal.class));
                    for (Signal signal : Signal.values()) {
                        if (!seen.containsKey(signal) && signal.announcedBy(commit.subject())) {
                            seen.put(signal, new Announcement(commit.repoId(), commit.repo(), commit.isPrivate(), signal,
                                    commit.sha(), commit.authoredAt(), commit.utcOffsetMinutes(), commit.subject()));
                        }
                    }
                }));
        List<Announcement> announcements = new ArrayList<>();
        first.values().forEach(bySignal -> announcements.addAll(bySignal.values()));
        announcements.sort(Comparator.comparing(Announcement::authoredAt).thenComparing(Announcement::repo)
                .thenComparing(Announcement::signal));
        return announcements;
    }
}
