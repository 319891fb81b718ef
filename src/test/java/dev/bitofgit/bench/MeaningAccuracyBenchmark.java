package dev.bitofgit.bench;

import dev.bitofgit.meaning.MeaningIndexer;
import dev.bitofgit.meaning.MeaningSearch;
import dev.bitofgit.meaning.TextEmbedder;
import dev.bitofgit.store.Database;
import dev.bitofgit.store.ProfileQueries;
import dev.bitofgit.store.VectorStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * What the in-memory shortcut of search by meaning costs in quality on the 300-repository / 150,000-commit account:
 * for 20 questions about what the generated commits do, each in other words than the generator's phrase ("paging
 * through long lists of results" for "pagination"), the share of the five commits found whose message names that
 * phrase — by MeaningSearch (sign codes in two passes, exact scores for 64 candidates) and by exact search (every
 * stored vector scored). Run on the store the tool benchmark leaves behind:
 * {@code java -cp … -Ddb=/tmp/bitofgit-bench…/bitofgit.db dev.bitofgit.bench.MeaningAccuracyBenchmark}.
 */
public final class MeaningAccuracyBenchmark {
    /** Question → the generator's phrase (DemoAccountGenerator.THINGS) a relevant commit message contains. */
    private static final Map<String, String> QUESTIONS = Map.ofEntries(
            Map.entry("paging through long lists of results", "pagination"),
            Map.entry("trying failed requests again", "retry logic"),
            Map.entry("reading the settings file at startup", "config loading"),
            Map.entry("remembering results to answer faster", "caching"),
            Map.entry("sign-in and session handling", "auth flow"),
            Map.entry("command-line options", "cli flags"),
            Map.entry("changing the database schema", "database migrations"),
            Map.entry("throttling clients that call too often", "rate limiting"),
            Map.entry("checking what users type in", "input validation"),
            Map.entry("exporting spreadsheets", "csv export"),
            Map.entry("a night theme for the interface", "dark mode"),
            Map.entry("understanding dates written as text", "date parsing"),
            Map.entry("reusing open database connections", "connection pool"),
            Map.entry("tests for small pieces of code", "unit tests"),
            Map.entry("the continuous integration pipeline", "ci workflow"),
            Map.entry("building a container image", "docker image"),
            Map.entry("counters and gauges for monitoring", "metrics"),
            Map.entry("clearer text when something goes wrong", "error messages"),
            Map.entry("writing diagnostic output to a file", "logging"),
            Map.entry("the project's front page documentation", "readme"));

    public static void main(String[] args) {
        String db = System.getProperty("db");
        String username = System.getProperty("username", "bench-user");
        try (Database database = Database.open("jdbc:sqlite:" + db)) {
            long account = new ProfileQueries(database).account(username).orElseThrow().id();
            VectorStore vectors = new VectorStore(database);
            TextEmbedder embedder = new TextEmbedder();
            MeaningSearch search = new MeaningSearch(vectors, embedder, new MeaningIndexer(vectors, embedder));
            List<VectorStore.CommitVector> all = new ArrayList<>();
            vectors.forEachCommitVector(account, all::add);
            Map<String, String> messages = new HashMap<>();
            database.jdbi().useHandle(handle -> handle.createQuery("SELECT repo_id, sha, message FROM commits")
                    .map((rs, ctx) -> Map.entry(rs.getLong(1) + "/" + rs.getString(2), rs.getString(3).toLowerCase(Locale.ROOT)))
                    .forEach(entry -> messages.put(entry.getKey(), entry.getValue())));
            Set<Long> repos = new HashSet<>();
            all.forEach(vector -> repos.add(vector.repoId()));
            double exactRelevant = 0;
            double foundRelevant = 0;
            for (Map.Entry<String, String> question : QUESTIONS.entrySet()) {
                float[] query = embedder.embed(question.getKey());
                double[] scores = all.stream().mapToDouble(v -> cosine(query, v.vector())).toArray();
                List<String> exact = IntStream.range(0, all.size()).boxed()
                        .sorted(Comparator.comparingDouble(i -> -scores[i])).limit(5)
                        .map(i -> all.get(i).repoId() + "/" + all.get(i).sha()).toList();
                List<String> found = search.commits(account, repos, OptionalLong.empty(), OptionalLong.empty(),
                        question.getKey(), 5).stream().map(m -> m.repoId() + "/" + m.sha()).toList();
                exactRelevant += exact.stream().filter(key -> messages.get(key).contains(question.getValue())).count() / 5.0;
                foundRelevant += found.stream().filter(key -> messages.get(key).contains(question.getValue())).count() / 5.0;
            }
            System.out.printf(Locale.ROOT, "| commits | questions | precision@5, exact search | precision@5, MeaningSearch |%n"
                    + "|---:|---:|---:|---:|%n| %d | %d | %.2f | %.2f |%n", all.size(), QUESTIONS.size(),
                    exactRelevant / QUESTIONS.size(), foundRelevant / QUESTIONS.size());
        }
    }

    /** Cosine of a unit query and a stored vector, written here apart from the code under test. */
    private static double cosine(float[] query, byte[] stored) {
        double dot = 0;
        double norm = 0;
        for (int i = 0; i < query.length; i++) {
            dot += query[i] * stored[i];
            norm += stored[i] * stored[i];
        }
        return dot / Math.sqrt(norm);
    }
}
