package dev.bitofgit.answer;

import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoLoader;
import dev.bitofgit.store.AccountStore;
import dev.bitofgit.store.ActivityRollups;
import dev.bitofgit.store.CommitStore;
import dev.bitofgit.store.ConversationStore;
import dev.bitofgit.store.Database;
import dev.bitofgit.store.ProfileQueries;
import dev.bitofgit.store.RepositoryStore;
import dev.bitofgit.store.WorkStore;
import dev.bitofgit.testing.TestDatabases;
import dev.bitofgit.tools.ToolCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A demo account loaded into a fresh SQLite file and a fresh PostgreSQL schema, each with the offline answerer behind
 * a {@link QueryService} (keyed by the engine's display name: "sqlite", "postgresql"). Close it after the tests.
 */
final class DemoAnswerers implements AutoCloseable {
    private final Map<String, Database> databases = new LinkedHashMap<>();
    private final Map<String, QueryService> services = new LinkedHashMap<>();

    DemoAnswerers(DemoAccount account, Clock clock, String tempPrefix) throws IOException {
        for (String url : List.of(TestDatabases.sqlite(Files.createTempDirectory(tempPrefix)),
                TestDatabases.freshPostgresSchema())) {
            Database database = Database.open(url);
            new DemoLoader(new AccountStore(database), new RepositoryStore(database), new CommitStore(database),
                    new ActivityRollups(database), new WorkStore(database)).load(account);
            OfflineAnswerer answerer = new OfflineAnswerer(new ToolCatalog(new ProfileQueries(database),
                    dev.bitofgit.testing.Meaning.search(database)), clock,
                    dev.bitofgit.ingest.SignalDetector.languageNames(), dev.bitofgit.ingest.SignalDetector.technologyNames());
            databases.put(database.dialect().displayName(), database);
            services.put(database.dialect().displayName(), new QueryService(answerer, new ConversationStore(database),
                    (username, caller) -> new QueryService.Readiness(true, true, ""), clock));
        }
    }

    QueryService service(String engine) {
        return services.get(engine);
    }

    @Override
    public void close() {
        databases.values().forEach(Database::close);
    }
}
