package dev.bitofgit.bench;

import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoAccountGenerator;
import dev.bitofgit.demo.DemoLoader;
import dev.bitofgit.demo.DemoSpec;
import dev.bitofgit.ingest.Identities;
import dev.bitofgit.store.AccountStore;
import dev.bitofgit.store.ActivityRollups;
import dev.bitofgit.store.CommitStore;
import dev.bitofgit.store.Database;
import dev.bitofgit.store.Identity;
import dev.bitofgit.store.IdentityStore;
import dev.bitofgit.store.RepositoryStore;
import dev.bitofgit.store.WorkStore;
import dev.bitofgit.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * What an identity change costs on the 300-repository / 150,000-commit account (issue 15): declaring an e-mail that
 * a collaborator committed under (thousands of commits change owner, their repositories' roll-ups are rebuilt),
 * removing it again, declaring a name, and the pass every ingest now ends with when nothing changes. In process, on
 * SQLite (a file in a temporary directory) and PostgreSQL (-Dpostgres=JDBC_URL, default the test server; -Dpostgres=
 * skips it). Medians of -Druns=5. Run through bench/identities.sh.
 */
public final class IdentityBenchmark {
    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(System.getProperty("runs", "5"));
        String postgres = System.getProperty("postgres", "default");
        DemoAccount account = DemoAccountGenerator.generate(DemoSpec.large("bench-user", 7, 300, 150_000,
                LocalDate.of(2026, 11, 1)));
        Path dir = Files.createTempDirectory("bitofgit-identities-bench");
        List<String> urls = postgres.isBlank() ? List.of(TestDatabases.sqlite(dir))
                : List.of(TestDatabases.sqlite(dir), postgres.equals("default") ? TestDatabases.freshPostgresSchema()
                : postgres);
        System.out.printf(Locale.ROOT, "| store | commits | operation | commits changed | median ms | min ms | max ms | runs |%n"
                + "|---|---|---|---|---|---|---|---|%n");
        for (String url : urls) {
            try (Database database = Database.open(url)) {
                long loadStart = System.nanoTime();
                new DemoLoader(new AccountStore(database), new RepositoryStore(database), new CommitStore(database),
                        new ActivityRollups(database), new WorkStore(database)).load(account);
                long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
                long commits = database.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM commits")
                        .mapTo(Long.class).one());
                String store = database.dialect().displayName();
                System.err.printf(Locale.ROOT, "%s: loaded %d commits in %d ms%n", store, commits, loadMillis);
                IdentityStore identityStore = new IdentityStore(database);
                Identities identities = new Identities(new AccountStore(database), identityStore, Clock.systemUTC());
                long accountId = account.id();
                Identities.Declaration hubot = new Identities.Declaration(Optional.of("hubot@example.org"),
                        Optional.empty(), Optional.empty(), Optional.empty());
                Identities.Declaration mona = new Identities.Declaration(Optional.empty(), Optional.of("Mona Lisa"),
                        Optional.empty(), Optional.empty());
                long[][] add = new long[runs][];
                long[][] remove = new long[runs][];
                long[][] addName = new long[runs][];
                long[][] removeName = new long[runs][];
                long[][] unchanged = new long[runs][];
                for (int run = 0; run < runs; run++) {
                    add[run] = time(() -> identities.declare("bench-user", hubot).commitsChanged());
                    unchanged[run] = time(() -> identityStore.applyOwnership(accountId));
                    remove[run] = time(() -> identities.remove("bench-user", Identity.Kind.EMAIL, "hubot@example.org")
                            .commitsChanged());
                    addName[run] = time(() -> identities.declare("bench-user", mona).commitsChanged());
                    removeName[run] = time(() -> identities.remove("bench-user", Identity.Kind.NAME, "mona lisa")
                            .commitsChanged());
                }
                report(store, commits, "declare an e-mail (hubot@example.org)", add);
                report(store, commits, "remove it", remove);
                report(store, commits, "declare a name (Mona Lisa)", addName);
                report(store, commits, "remove it", removeName);
                report(store, commits, "ownership pass at the end of an ingest, nothing changes", unchanged);
            }
        }
    }

    /** {elapsed nanos, result}. */
    private static long[] time(LongSupplier action) {
        long start = System.nanoTime();
        long result = action.getAsLong();
        return new long[] {System.nanoTime() - start, result};
    }

    private static void report(String store, long commits, String operation, long[][] samples) {
        long[] nanos = Arrays.stream(samples).mapToLong(sample -> sample[0]).sorted().toArray();
        long changed = samples[0][1];
        System.out.printf(Locale.ROOT, "| %s | %,d | %s | %,d | %.1f | %.1f | %.1f | %d |%n", store, commits, operation,
                changed, nanos[nanos.length / 2] / 1e6, nanos[0] / 1e6, nanos[nanos.length - 1] / 1e6, nanos.length);
    }
}
