package dev.bitofgit.testing;

import dev.bitofgit.github.GitHubClientOptions;
import dev.bitofgit.ingest.IngestRequest;
import dev.bitofgit.ingest.IngestService;
import dev.bitofgit.ingest.JobStatus;
import dev.bitofgit.store.AccountStore;
import dev.bitofgit.store.ActivityRollups;
import dev.bitofgit.store.CommitStore;
import dev.bitofgit.store.Database;
import dev.bitofgit.store.EtagStore;
import dev.bitofgit.store.JobStore;
import dev.bitofgit.store.RepositoryStore;
import dev.bitofgit.store.WorkStore;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An IngestService on a real database, pointed at a {@link GitHubStandIn}, with test-sized timeouts. */
public final class IngestHarness implements AutoCloseable {
    public final Database database;
    public final IngestService ingest;
    public final List<JobStatus> progress = new ArrayList<>();

    public IngestHarness(String jdbcUrl, GitHubStandIn github, Duration requestTimeout, Duration maxRateLimitWait) {
        this(jdbcUrl, URI.create(github.apiUrl()), URI.create(github.graphqlUrl()), requestTimeout, maxRateLimitWait);
    }

    public IngestHarness(String jdbcUrl, URI api, URI graphql, Duration requestTimeout, Duration maxRateLimitWait) {
        database = Database.open(jdbcUrl);
        GitHubClientOptions options = new GitHubClientOptions(4, Duration.ofSeconds(2), requestTimeout, 5,
                Duration.ofMillis(20), Duration.ofMillis(500), maxRateLimitWait);
        ingest = new IngestService(new IngestService.Config(api, graphql, Optional.empty(), options),
                new AccountStore(database), new RepositoryStore(database), new CommitStore(database),
                new JobStore(database), new EtagStore(database), new ActivityRollups(database),
                new WorkStore(database), new dev.bitofgit.store.IdentityStore(database));
    }

    public JobStatus run(String username, Optional<String> token) {
        return run(new IngestRequest(username, token, true, false));
    }

    public JobStatus run(IngestRequest request) {
        return ingest.runInForeground(request, status -> {
            synchronized (progress) {
                progress.add(status);
            }
        });
    }

    @Override
    public void close() {
        ingest.close();
        database.close();
    }
}
