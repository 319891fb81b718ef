package dev.bitofgit.app;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.answer.Answerer;
import dev.bitofgit.answer.LlmAnswerer;
import dev.bitofgit.answer.OfflineAnswerer;
import dev.bitofgit.answer.QueryService;
import dev.bitofgit.auth.Sessions;
import dev.bitofgit.demo.DemoLoader;
import dev.bitofgit.demo.OctoDemo;
import dev.bitofgit.github.GitHubClientOptions;
import dev.bitofgit.ingest.Identities;
import dev.bitofgit.ingest.IngestRejected;
import dev.bitofgit.ingest.IngestService;
import dev.bitofgit.ingest.SignalDetector;
import dev.bitofgit.ingest.TokenKeeper;
import dev.bitofgit.mcp.McpGuardFilter;
import dev.bitofgit.mcp.McpServers;
import dev.bitofgit.meaning.MeaningIndexer;
import dev.bitofgit.meaning.MeaningSearch;
import dev.bitofgit.meaning.TextEmbedder;
import dev.bitofgit.report.ReportBuilder;
import dev.bitofgit.report.ReportRenderer;
import dev.bitofgit.store.AccountStore;
import dev.bitofgit.store.ActivityRollups;
import dev.bitofgit.store.CommitStore;
import dev.bitofgit.store.ConversationStore;
import dev.bitofgit.store.Database;
import dev.bitofgit.store.EtagStore;
import dev.bitofgit.store.IdentityStore;
import dev.bitofgit.store.JobStore;
import dev.bitofgit.store.ProfileQueries;
import dev.bitofgit.store.RepositoryStore;
import dev.bitofgit.store.SessionStore;
import dev.bitofgit.store.SignalHistory;
import dev.bitofgit.store.StoreException;
import dev.bitofgit.store.VectorStore;
import dev.bitofgit.store.WorkStore;
import dev.bitofgit.tools.ToolCatalog;
import dev.bitofgit.tools.ToolContext;
import dev.bitofgit.web.AccessPolicy;
import dev.bitofgit.web.Callers;
import dev.bitofgit.web.DemoRoutes;
import dev.bitofgit.web.IdentityRoutes;
import dev.bitofgit.web.IngestRoutes;
import dev.bitofgit.web.McpAccessFilter;
import dev.bitofgit.web.MetricsRoutes;
import dev.bitofgit.web.QueryRoutes;
import dev.bitofgit.web.ReportRoutes;
import dev.bitofgit.web.ServerInfo;
import dev.bitofgit.web.ServletMount;
import dev.bitofgit.web.SessionRoutes;
import dev.bitofgit.web.ToolRoutes;
import dev.bitofgit.web.WebModule;
import dev.bitofgit.web.WebServer;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The composition root: builds every component from {@link Settings} and passes each its collaborators by
 * constructor. Nothing else in the code base constructs long-lived components.
 */
public final class Application implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Application.class);
    /** Every request body BitofGit takes is small: a question, a username, tool arguments. */
    static final long MAX_BODY_BYTES = 64 * 1024;

    private final Settings settings;
    private final Database database;
    private final JsonMapper mapper;
    /** MCP's: the SDK writes protocol records through it, so it has no naming strategy. */
    private final JsonMapper plainJson;
    private final AccountStore accounts;
    private final RepositoryStore repositories;
    private final CommitStore commits;
    private final IngestService ingest;
    private final Identities identities;
    private final ProfileQueries queries;
    private final MeaningIndexer indexer;
    private final ToolCatalog catalog;
    private final QueryService queryService;
    private final ReportBuilder reports;
    private final Metrics metrics = new Metrics();
    private final IngestReadiness readiness;
    private final OctoDemo demo;
    private WebServer webServer;
    private McpSyncServer mcpServer;

    private Application(Settings settings, Database database) {
        this.settings = settings;
        this.database = database;
        this.mapper = Json.mapper();
        this.plainJson = Json.plain();
        this.accounts = new AccountStore(database);
        this.repositories = new RepositoryStore(database);
        this.commits = new CommitStore(database);
        this.ingest = new IngestService(
                new IngestService.Config(settings.githubApiUrl(), settings.githubGraphqlUrl(), settings.githubToken(),
                        GitHubClientOptions.defaults(settings.ingestConcurrency(), settings.rateLimitMaxWait()),
                        settings.jobLease()),
                accounts, repositories, commits, new JobStore(database), new EtagStore(database),
                new ActivityRollups(database), new WorkStore(database), new IdentityStore(database));
        this.identities = new Identities(accounts, new IdentityStore(database), Clock.systemUTC());
        this.queries = new ProfileQueries(database);
        VectorStore vectors = new VectorStore(database);
        TextEmbedder embedder = new TextEmbedder();
        this.indexer = new MeaningIndexer(vectors, embedder);
        this.ingest.afterEachJob(accountId -> {
            indexer.indexInBackground(accountId);
            return Optional.of(MeaningIndexer.BEHIND_THE_INGEST);
        });
        this.catalog = new ToolCatalog(queries, new MeaningSearch(vectors, embedder, indexer), metrics, (login, includePrivate) -> ingest.account(login, includePrivate).status());
        this.ingest.observe(metrics);
        OfflineAnswerer offline = new OfflineAnswerer(catalog, Clock.systemUTC(),
                SignalDetector.languageNames(), SignalDetector.technologyNames());
        Answerer answerer = settings.openaiApiKey()
                .<Answerer>map(key -> new LlmAnswerer(
                        OpenAiChatModel.builder()
                                .baseUrl(settings.openaiBaseUrl().toString())
                                .apiKey(key)
                                .modelName(settings.openaiModel())
                                .timeout(Duration.ofSeconds(30))
                                .maxRetries(1)
                                .build(),
                        settings.openaiModel(), catalog, offline))
                .orElse(offline);
        this.readiness = new IngestReadiness(ingest);
        this.queryService = new QueryService(answerer, new ConversationStore(database), readiness, Clock.systemUTC());
        this.reports = new ReportBuilder(catalog, queries, new SignalHistory(database), Clock.systemUTC());
        this.demo = new OctoDemo(new DemoLoader(accounts, repositories, commits, new ActivityRollups(database),
                new WorkStore(database)), Clock.systemUTC());
    }

    /** Answers go to a command-line user (`bitofgit ask`): hints name commands, not endpoints. */
    void answerForCommandLine() {
        readiness.answerForCommandLine();
    }

    /** Year-in-review reports over the catalog (GET /users/{username}/report, `bitofgit report`). */
    public ReportBuilder reports() {
        return reports;
    }

    public QueryService queryService() {
        return queryService;
    }


    public ToolCatalog catalog() {
        return catalog;
    }

    /**
     * The view of processes that open the store themselves (`bitofgit ask`, `bitofgit mcp` on stdio): everything,
     * since whoever can run them can read the database file anyway. HTTP callers get only what their session proves.
     */
    ToolContext localProcessContext() {
        return ToolContext.owner();
    }

    McpServers mcpServers(ToolContext unauthenticated) {
        return new McpServers(catalog, queries, unauthenticated, Version.current(), plainJson);
    }



    public IngestService ingest() {
        return ingest;
    }

    /** The owner's other e-mails and names (issue 15). */
    public Identities identities() {
        return identities;
    }

    /** Opens the store (creating and migrating it when needed); a store that cannot be opened is a bad setting. */
    public static Application open(Settings settings) {
        requireNonNull(settings, "settings == null");
        AccessWiring.rememberSecrets(settings);
        Database database;
        try {
            database = Database.open(settings.databaseUrl());
        } catch (StoreException e) {
            throw new ConfigurationException(SettingsLoader.DB_URL + ": " + e.getMessage() + " (url "
                    + settings.redactedDatabaseUrl() + ")", e);
        }
        // Said at every start: a user who sees an empty store learns at once which store it is.
        LOG.info("store: {}{}", settings.redactedDatabaseUrl().startsWith("jdbc:sqlite:")
                ? settings.redactedDatabaseUrl().substring("jdbc:sqlite:".length()) + " (SQLite)"
                : settings.redactedDatabaseUrl(), database.readOnly().isPresent() ? ", read-only" : "");
        return new Application(settings, database);
    }

    /**
     * A session for {@code username}, proved by its own GitHub token (one GET /user), as POST /sessions issues one:
     * for MCP clients over HTTP, which then see that account's private repositories.
     */
    public Sessions.Issued issueSession(String username, String token) {
        IngestService.ProvenOwner owner = ingest.identify(token);
        if (!owner.login().equalsIgnoreCase(username)) {
            throw new IngestRejected(IngestRejected.Reason.NOT_OWNER, "the token belongs to " + owner.login() + ", not " + username
                    + "; a session proves the token's own account only");
        }
        return new Sessions(new SessionStore(database), settings.security().sessionLifetime(), Clock.systemUTC())
                .issue(owner.accountId(), owner.login());
    }

    /**
     * Refuses a command that writes to the store when the store can only be read: one line naming the store, what
     * writes and what to do, instead of a raw SQLITE_READONLY error halfway through.
     */
    public void requireWritableStore(String command) {
        database.readOnly().ifPresent(reason -> {
            throw new ConfigurationException(readOnlyMessage(reason, command));
        });
    }

    static String readOnlyMessage(String reason, String command) {
        return reason + ": `bitofgit " + command + "` writes to the store; make it writable, or point "
                + SettingsLoader.DATA_DIR + " (--data-dir) at a writable directory (`bitofgit ask` and `bitofgit mcp` "
                + "only read it)";
    }

    public AccountStore accounts() {
        return accounts;
    }

    public Settings settings() {
        return settings;
    }

    public Database database() {
        return database;
    }

    /** Queues the account's new and changed texts for search by meaning, behind the runs already queued. */
    public void indexForMeaning(String login) {
        accounts.findByLogin(login).ifPresent(account -> indexer.indexInBackground(account.id()));
    }

    /** Waits for the queued indexing to end, reporting progress now and then (commands that exit afterwards). */
    public void awaitMeaningIndex(Consumer<MeaningIndexer.Progress> reporter) throws InterruptedException {
        indexer.awaitIdle(Duration.ofSeconds(5), reporter);
    }

    /** Loads the demo account (idempotent: a second load changes nothing) and queues it for search by meaning. */
    public DemoLoader.Result loadDemo() {
        DemoLoader.Result result = demo.load();
        indexForMeaning(result.login());
        return result;
    }

    /** Starts the HTTP server on the configured host and port; returns the bound port. */
    public int startServer() {
        return startServer(List.of());
    }

    /** Starts the HTTP server with extra route modules (tests mount probes this way). */
    public int startServer(List<WebModule> extraModules) {
        if (webServer != null) {
            throw new IllegalStateException("server already started on port " + webServer.port());
        }
        ServerInfo info = new ServerInfo(Version.current(), database.dialect().displayName(),
                () -> settings.openaiApiKey().isPresent() ? "llm" : "offline", accounts::count);
        Sessions sessions = new Sessions(new SessionStore(database),
                settings.security().sessionLifetime(), Clock.systemUTC());
        int stale = sessions.deleteStale();
        if (stale > 0) {
            LOG.info("forgot {} expired or revoked session(s)", stale);
        }
        AccessPolicy access = AccessWiring.accessPolicy(settings, sessions, MAX_BODY_BYTES);
        Optional<TokenKeeper> keeper = AccessWiring.tokenKeeper(settings, database);
        keeper.ifPresent(ingest::keepTokensWith);
        boolean local = settings.deployMode() == DeployMode.LOCAL;
        if (!local && settings.security().apiKeys().isEmpty()) {
            LOG.warn("DEPLOY_MODE=cloud without BITOFGIT_API_KEYS: anyone can start ingests (at most {} an hour per "
                    + "client); set operator keys to keep the GitHub quota for yourself", settings.security().ingestsPerHour());
        }
        List<WebModule> modules = new ArrayList<>(extraModules);
        modules.add(new IngestRoutes(ingest, mapper, sessions, local, access.proxies()));
        modules.add(new SessionRoutes(sessions, keeper, ingest, mapper));
        modules.add(new IdentityRoutes(identities, mapper));
        modules.add(new ToolRoutes(catalog, mapper, ctx -> Callers.of(ctx).toolContext()));
        modules.add(new ReportRoutes(reports, new ReportRenderer(mapper)));
        modules.add(new QueryRoutes(queryService, mapper, ctx -> Callers.of(ctx).toolContext(),
                metrics::query));
        modules.add(new MetricsRoutes(metrics::scrape));
        modules.add(new DemoRoutes(local, () -> {
            DemoLoader.Result result = loadDemo();
            long accountId = accounts.findByLogin(result.login()).orElseThrow().id();
            return new DemoRoutes.Loaded(result.login(), accountId, result.repos(), result.commits());
        }, sessions));
        McpServers servers = mcpServers(ToolContext.publicOnly());
        HttpServletStreamableServerTransportProvider transport = AccessWiring.mcpTransport(servers, settings,
                (int) MAX_BODY_BYTES);
        mcpServer = servers.build(transport);
        webServer = new WebServer(settings.bindHost(), settings.port(), mapper, info, access, modules,
                List.of(new ServletMount("/mcp", transport, List.of(new McpGuardFilter(plainJson),
                        new McpAccessFilter(access)))));
        int port = webServer.start();
        try {
            int resumed = ingest.resumeInterrupted();
            if (resumed > 0) {
                LOG.info("resumed {} interrupted ingest job(s)", resumed);
            }
        } catch (RuntimeException e) {
            // A job that cannot be resumed must not keep the server from serving everything else.
            LOG.error("resuming interrupted ingest jobs failed", e);
        }
        // Accounts stored before search by meaning existed, or whose indexing a stopped process left half done.
        queries.accounts().forEach(account -> indexer.indexInBackground(account.id()));
        ingest.startLeaseKeeping();
        ingest.startResync(settings.security().resyncInterval());
        return port;
    }

    public JsonMapper mapper() {
        return mapper;
    }

    @Override
    public void close() {
        ingest.close();
        indexer.close();
        if (mcpServer != null) {
            try {
                mcpServer.closeGracefully();
            } catch (RuntimeException e) {
                LOG.warn("stopping the MCP server failed: {}", e.toString());
            }
        }
        if (webServer != null) {
            try {
                webServer.close();
            } catch (RuntimeException e) {
                LOG.warn("stopping the web server failed: {}", e.toString());
            }
        }
        database.close();
    }
}
