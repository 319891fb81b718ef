package dev.bitofgit.app;

import dev.bitofgit.ingest.IngestRejected;
import dev.bitofgit.ingest.IngestRequest;
import dev.bitofgit.ingest.JobStatus;
import dev.bitofgit.mcp.McpServers;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The command line: {@code bitofgit [serve|demo|ingest|ask|mcp|mcp-config|session|identities|export|import|report]}. Exit codes: 0 ok, 1 failed, 2 usage. */
@Command(name = "bitofgit",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = "Ask questions about your own GitHub work. With no command, runs `serve`.",
        subcommands = {
            Main.Serve.class, Main.Demo.class, Main.Ingest.class, Main.Ask.class, Main.Mcp.class,
            Main.Export.class, Main.Import.class, Main.Session.class, Main.IdentitiesCommand.class, McpConfig.class,
            ReportCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {"", "Environment variables (a flag overrides its variable; README.md, Configuration):",
            Main.VARIABLES_1, Main.VARIABLES_2, Main.VARIABLES_3, Main.VARIABLES_4, Main.VARIABLES_5,
            Main.VARIABLES_6, Main.VARIABLES_7, Main.VARIABLES_8,
            "Global options go before or after the command.",
            "Exit codes: 0 ok, 1 failed, 2 bad usage or configuration."})
public final class Main implements Callable<Integer> {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    // The variables of README.md's Configuration table, in its order (CommandLineIT checks the two agree).
    static final String VARIABLES_1 = "  PORT, DEPLOY_MODE, BITOFGIT_DATA_DIR, BITOFGIT_DB_URL, GITHUB_TOKEN,";
    static final String VARIABLES_2 = "  GITHUB_API_URL, GITHUB_GRAPHQL_URL, OPENAI_API_KEY, OPENAI_BASE_URL,";
    static final String VARIABLES_3 = "  OPENAI_MODEL, BITOFGIT_INGEST_CONCURRENCY,";
    static final String VARIABLES_4 = "  BITOFGIT_RATE_LIMIT_MAX_WAIT_SECONDS, BITOFGIT_JOB_LEASE_SECONDS,";
    static final String VARIABLES_5 = "  BITOFGIT_LOG_LEVEL, BITOFGIT_LIBRARY_LOG_LEVEL, BITOFGIT_API_KEYS,";
    static final String VARIABLES_6 = "  BITOFGIT_RATE_LIMIT_INGESTS_PER_HOUR, BITOFGIT_RATE_LIMIT_QUERIES_PER_MINUTE,";
    static final String VARIABLES_7 = "  BITOFGIT_CORS_ORIGINS, BITOFGIT_SESSION_DAYS, BITOFGIT_SECRET_KEY,";
    static final String VARIABLES_8 = "  BITOFGIT_TRUSTED_PROXIES, BITOFGIT_RESYNC_HOURS";

    /** The store options: every command opens the store, so they are inherited and honoured before or after it. */
    @Option(names = "--data-dir", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "data directory (env BITOFGIT_DATA_DIR, default $XDG_DATA_HOME/bitofgit, else ~/.local/share/bitofgit)")
    String dataDir;

    @Option(names = "--db-url", paramLabel = "URL", scope = CommandLine.ScopeType.INHERIT,
            description = "jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB (env BITOFGIT_DB_URL)")
    String dbUrl;

    // Given before the command (`bitofgit --port 8124 serve`); the commands that use them take them after it too.
    @Mixin
    ServerOptions server;

    @Mixin
    GitHubOptions github;

    public static void main(String[] args) {
        System.exit(run(args, System.getenv()));
    }

    /** Runs the CLI with the given environment; returns the exit code (used by tests without System.exit). */
    public static int run(String[] args, Map<String, String> environment) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            if (exception instanceof ConfigurationException) {
                err.println("bitofgit: " + exception.getMessage());
                return USAGE;
            }
            if (isReadOnlyFailure(exception)) {
                // A store that became read-only after start (a remount, a permission change): never a raw SQL error.
                err.println("bitofgit: the store is read-only (SQLITE_READONLY): make it writable, or point "
                        + SettingsLoader.DATA_DIR + " (--data-dir) at a writable directory");
                return FAILED;
            }
            LoggerFactory.getLogger(Main.class).debug("command failed", exception);
            err.println("bitofgit: " + exception.getClass().getSimpleName() + ": " + exception.getMessage());
            return FAILED;
        });
        ENVIRONMENT.set(environment);
        try {
            return commandLine.execute(args);
        } finally {
            ENVIRONMENT.remove();
        }
    }

    private static final ThreadLocal<Map<String, String>> ENVIRONMENT = new ThreadLocal<>();

    @Override
    public Integer call() {
        return Serve.serve(settings(), false);
    }

    /** The server's flags (serve, demo; and before any command). */
    static final class ServerOptions {
        @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (env PORT, default 8000; 0 picks a free one)")
        Integer port;

        @Option(names = "--deploy-mode", paramLabel = "MODE", description = "local or cloud (env DEPLOY_MODE)")
        String deployMode;
    }

    /** Where GitHub is (serve, demo, ingest, session; and before any command). */
    static final class GitHubOptions {
        @Option(names = "--github-api-url", paramLabel = "URL", description = "GitHub REST base URL (env GITHUB_API_URL)")
        String githubApiUrl;
    }

    /** The flags given on the command line, the command's own over those before it, keyed by the variable each overrides. */
    Map<String, String> overrides(ServerOptions commandServer, GitHubOptions commandGitHub) {
        Map<String, String> overrides = new HashMap<>();
        overrides.put(SettingsLoader.DATA_DIR, dataDir);
        overrides.put(SettingsLoader.DB_URL, dbUrl);
        for (ServerOptions options : new ServerOptions[] {server, commandServer}) {
            if (options != null && options.port != null) {
                overrides.put(SettingsLoader.PORT, String.valueOf(options.port));
            }
            if (options != null && options.deployMode != null) {
                overrides.put(SettingsLoader.DEPLOY_MODE, options.deployMode);
            }
        }
        for (GitHubOptions options : new GitHubOptions[] {github, commandGitHub}) {
            if (options != null && options.githubApiUrl != null) {
                overrides.put(SettingsLoader.GITHUB_API_URL, options.githubApiUrl);
            }
        }
        return overrides;
    }

    Settings settings() {
        return settings(null, null);
    }

    Settings settings(ServerOptions commandServer, GitHubOptions commandGitHub) {
        Map<String, String> environment = ENVIRONMENT.get() == null ? System.getenv() : ENVIRONMENT.get();
        return SettingsLoader.load(environment, overrides(commandServer, commandGitHub));
    }

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = "Serve the HTTP API, /mcp and the web UI (the default command).")
    static final class Serve implements Callable<Integer> {
        @CommandLine.ParentCommand
        Main parent;

        @Mixin
        ServerOptions server;

        @Mixin
        GitHubOptions github;

        @Override
        public Integer call() {
            return serve(parent.settings(server, github), false);
        }

        static int serve(Settings settings, boolean loadDemo) {
            Logger log = LoggerFactory.getLogger(Main.class);
            Application application = Application.open(settings);
            try {
                application.requireWritableStore(loadDemo ? "demo" : "serve");
            } catch (ConfigurationException e) {
                application.close();
                throw e;
            }
            CountDownLatch stopped = new CountDownLatch(1);
            Thread shutdown = new Thread(() -> {
                application.close();
                stopped.countDown();
            }, "bitofgit-shutdown");
            Runtime.getRuntime().addShutdownHook(shutdown);
            if (loadDemo) {
                var result = application.loadDemo();
                log.info(result.alreadyLoaded()
                                ? "Demo account {} already loaded: {} repositories, {} commits"
                                : "Demo account {} loaded: {} repositories, {} commits",
                        result.login(), result.repos(), result.commits());
            }
            try {
                application.startServer();
            } catch (RuntimeException e) {
                if (!isBindFailure(e)) {
                    throw e;
                }
                Runtime.getRuntime().removeShutdownHook(shutdown); // closed here, once: no warnings after the message
                application.close();
                throw new ConfigurationException("port " + settings.port() + " is in use; set PORT or --port, 0 picks a free one");
            }
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return OK;
        }
    }

    static boolean isReadOnlyFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (String.valueOf(cause.getMessage()).contains("SQLITE_READONLY")) {
                return true;
            }
        }
        return false;
    }

    /** Jetty's "address already in use", however Javalin wraps it. */
    static boolean isBindFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.BindException || cause.getClass().getSimpleName().contains("BindException")) {
                return true;
            }
        }
        return false;
    }

    @Command(name = "demo", mixinStandardHelpOptions = true,
            description = {"Load the demo account octo-demo into the store (idempotent), then serve.",
                "The demo is generated offline: 25 repositories and about 4,500 commits over five years."})
    static final class Demo implements Callable<Integer> {
        @CommandLine.ParentCommand
        Main parent;

        @Mixin
        ServerOptions server;

        @Mixin
        GitHubOptions github;

        @Option(names = "--load-only", description = "load the demo account and exit instead of serving")
        boolean loadOnly;

        @Override
        public Integer call() {
            Settings settings = parent.settings(server, github);
            if (loadOnly) {
                try (Application application = Application.open(settings)) {
                    application.requireWritableStore("demo");
                    var result = application.loadDemo();
                    System.out.println((result.alreadyLoaded() ? "already loaded: " : "loaded: ") + result.login()
                            + ", " + result.repos() + " repositories, " + result.commits() + " commits");
                    awaitMeaning(application);
                }
                return OK;
            }
            return Serve.serve(settings, true);
        }
    }

    /**
     * The indexing for search by meaning that an ingest or import queued runs to its end before the command exits
     * (a server runs it behind the ingest instead), saying where it is every few seconds.
     */
    static void awaitMeaning(Application application) {
        long started = System.nanoTime();
        try {
            application.awaitMeaningIndex(progress -> System.err.printf(java.util.Locale.ROOT,
                    "search by meaning: %d of %d texts embedded%n", progress.done(), progress.total()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        System.out.printf(java.util.Locale.ROOT, "search by meaning: ready, %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "Ingest a GitHub account into the store in the foreground, with a progress bar.")
    static final class Ingest implements Callable<Integer> {
        @CommandLine.ParentCommand
        Main parent;

        @Mixin
        GitHubOptions github;

        @Parameters(paramLabel = "USERNAME", description = "the GitHub login to ingest")
        String username;

        @Option(names = "--token", paramLabel = "TOKEN",
                description = "GitHub token (default: env GITHUB_TOKEN); needed for private repositories")
        String token;

        @Option(names = "--no-private", description = "ingest public repositories only, even with a token")
        boolean noPrivate;

        @Option(names = "--full", description = "ignore stored ETags and cursors: fetch everything again")
        boolean full;

        @Override
        public Integer call() {
            Settings settings = parent.settings(null, github);
            try (Application application = Application.open(settings)) {
                application.requireWritableStore("ingest");
                ProgressBar bar = ProgressBar.forStderr();
                long started = System.nanoTime();
                JobStatus result;
                try {
                    result = application.ingest().runInForeground(
                            new IngestRequest(username, Optional.ofNullable(token), !noPrivate, full), bar::show);
                } catch (IngestRejected e) {
                    System.err.println("bitofgit: " + e.getMessage());
                    return e.reason() == IngestRejected.Reason.BAD_INPUT ? USAGE : FAILED;
                }
                bar.finish();
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf(java.util.Locale.ROOT, "%s: %s — %s, %s stored, %s (%d not modified), %.1f s%n",
                        result.username(), result.status(), ProgressBar.plural(result.reposTotal(), "repository", "repositories"),
                        ProgressBar.plural(result.commitsStored(), "commit"), ProgressBar.plural(result.requests(), "request"),
                        result.notModified(), seconds);
                result.message().ifPresent(message -> System.out.println(message));
                result.errors().forEach(error -> System.out.println("  failed: " + error.repo() + ": " + error.error()));
                awaitMeaning(application);
                return result.status().equals("completed") ? OK : FAILED;
            }
        }
    }

    @Command(name = "ask", mixinStandardHelpOptions = true,
            description = "Answer a question about an ingested account, from the store only.")
    static final class Ask implements Callable<Integer> {
        @CommandLine.ParentCommand
        Main parent;

        @Parameters(index = "0", paramLabel = "USERNAME", description = "the account to ask about")
        String username;

        @Parameters(index = "1", paramLabel = "QUESTION", description = "the question, in quotes")
        String question;

        @Option(names = "--json", description = "print the whole structured response as JSON")
        boolean json;

        @Override
        public Integer call() {
            Settings settings = parent.settings(null, null);
            try (Application application = Application.open(settings)) {
                application.answerForCommandLine();
                dev.bitofgit.answer.QueryResponse response;
                try {
                    response = application.queryService().ask(username, question, Optional.empty(),
                            application.localProcessContext());
                } catch (IllegalArgumentException e) {
                    System.err.println("bitofgit: " + e.getMessage());
                    return USAGE;
                }
                if (json) {
                    System.out.println(application.mapper().writeValueAsString(response));
                } else {
                    System.out.println(response.answer());
                    if (!response.suggestions().isEmpty()) {
                        System.out.println();
                        System.out.println("You could also ask: " + String.join(" · ", response.suggestions()));
                    }
                }
                return OK;
            }
        }
    }

    @Command(name = "mcp", mixinStandardHelpOptions = true,
            description = {"Serve the MCP tools over stdio for desktop clients (Claude Desktop, Cursor, …).",
                "stdout carries only the protocol; logs go to stderr."})
    static final class Mcp implements Callable<Integer> {
        @CommandLine.ParentCommand
        Main parent;

        @Override
        public Integer call() throws InterruptedException {
            Settings settings = parent.settings(null, null);
            try (Application application = Application.open(settings)) {
                McpServers servers = application.mcpServers(application.localProcessContext());
                java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
                // stdout carries only the protocol: the transport owns it, logs go to stderr.
                InputStreamWatcher in = new InputStreamWatcher(System.in, closed::countDown);
                var server = servers.build(new io.modelcontextprotocol.server.transport.StdioServerTransportProvider(
                        servers.jsonMapper(), in, System.out));
                closed.await();
                server.closeGracefully();
            }
            return OK;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Write one account to FILE, or to standard output when FILE is -.",
                "JSON Lines (the default: repositories, files, READMEs, signals, commits; read back by `bitofgit import`;",
                "a name ending in .gz is gzip-compressed), or CSV of its commits or repositories (ISO-8601 timestamps)."})
    static final class Export implements Callable<Integer> {
        @CommandLine.ParentCommand
        Main parent;

        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        @Parameters(index = "1", paramLabel = "FILE", description = "the file to write, or - for standard output")
        String file;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
                description = "jsonl (default) or csv")
        String format;

        @Option(names = "--table", paramLabel = "TABLE", defaultValue = "commits",
                description = "with --format csv: commits (default), repositories, pull_requests or issues")
        String table;

        @Option(names = "--no-private", description = "leave private repositories and their commits out")
        boolean noPrivate;

        @Override
        public Integer call() throws Exception {
            if (!format.equals("jsonl") && !format.equals("csv")) {
                System.err.println("bitofgit: --format must be jsonl or csv, got '" + format + "'");
                return USAGE;
            }
            if (!java.util.List.of("commits", "repositories", "pull_requests", "issues").contains(table)) {
                System.err.println("bitofgit: --table must be commits, repositories, pull_requests or issues, got '"
                        + table + "'");
                return USAGE;
            }
            boolean toStdout = file.equals("-");
            try (Application application = Application.open(parent.settings(null, null))) {
                if (application.accounts().findByLogin(username).isEmpty()) {
                    // Checked before any file is created: a failed export leaves nothing behind.
                    System.err.println("bitofgit: account '" + username + "' is not in this store (" 
                            + application.settings().redactedDatabaseUrl() + "); ingest it first: bitofgit ingest "
                            + username + " --token …");
                    return FAILED;
                }
                dev.bitofgit.store.AccountArchive.Summary summary;
                if (toStdout) {
                    java.io.OutputStream out = new java.io.FilterOutputStream(System.out) {
                        @Override
                        public void close() throws java.io.IOException {
                            flush(); // standard output stays open
                        }
                    };
                    summary = write(application, out);
                    out.flush();
                } else {
                    java.nio.file.Path target = java.nio.file.Path.of(file).toAbsolutePath();
                    java.nio.file.Path partial = target.resolveSibling(target.getFileName() + ".partial");
                    try (java.io.OutputStream out = format.equals("csv")
                            ? new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(partial))
                            : Archives.output(partial, target)) {
                        summary = write(application, out);
                    } catch (java.io.IOException | RuntimeException e) {
                        java.nio.file.Files.deleteIfExists(partial);
                        throw e;
                    }
                    java.nio.file.Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                // The summary goes to stderr when the data goes to stdout, so a pipe gets the data only.
                (toStdout ? System.err : System.out).println("exported " + summary.login() + ": "
                        + ProgressBar.plural(summary.repositories(), "repository", "repositories") + ", "
                        + ProgressBar.plural(summary.commits(), rowNoun()) + " to " + (toStdout ? "standard output" : file));
                return OK;
            } catch (dev.bitofgit.store.StoreException e) {
                System.err.println("bitofgit: " + e.getMessage());
                return FAILED;
            }
        }

        private dev.bitofgit.store.AccountArchive.Summary write(Application application, java.io.OutputStream out)
                throws java.io.IOException {
            if (format.equals("jsonl")) {
                return new dev.bitofgit.store.AccountArchive(application.database()).export(username, !noPrivate, out);
            }
            dev.bitofgit.store.AccountCsv csv = new dev.bitofgit.store.AccountCsv(application.database());
            return switch (table) {
                case "repositories" -> csv.repositories(username, !noPrivate, out);
                case "pull_requests" -> csv.pullRequests(username, !noPrivate, out);
                case "issues" -> csv.issues(username, !noPrivate, out);
                default -> csv.commits(username, !noPrivate, out);
            };
        }

        /** What the summary counts: commits, except for the pull request and issue tables. */
        private String rowNoun() {
            return !format.equals("csv") ? "commit" : switch (table) {
                case "pull_requests" -> "pull request";
                case "issues" -> "issue";
                default -> "commit";
            };
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Read an account written by `export` into the store (SQLite or PostgreSQL); idempotent.")
    static final class Import implements Callable<Integer> {
        @CommandLine.ParentCommand
        Main parent;

        @Parameters(index = "0", paramLabel = "FILE")
        String file;

        @Override
        public Integer call() throws Exception {
            java.nio.file.Path path = java.nio.file.Path.of(file);
            if (!java.nio.file.Files.isReadable(path)) {
                System.err.println("bitofgit: cannot read " + file);
                return USAGE;
            }
            try (Application application = Application.open(parent.settings(null, null));
                 java.io.InputStream in = Archives.input(path)) {
                application.requireWritableStore("import");
                var summary = new dev.bitofgit.store.AccountArchive(application.database()).importFrom(in);
                System.out.println("imported " + summary.login() + ": " + summary.repositories() + " repositories, "
                        + summary.commits() + " commits");
                application.indexForMeaning(summary.login());
                awaitMeaning(application);
                return OK;
            } catch (dev.bitofgit.store.StoreException e) {
                System.err.println("bitofgit: " + e.getMessage());
                return FAILED;
            }
        }
    }

    @Command(name = "session", mixinStandardHelpOptions = true,
            description = {"Print a session token for USERNAME, proved by the account's own GitHub token.",
                "Send it as 'Authorization: Bearer …' to /mcp, /tools, /query and /users: HTTP callers then see the",
                "account's private repositories (stdio and `ask` see everything anyway)."})
    static final class Session implements Callable<Integer> {
        @CommandLine.ParentCommand
        Main parent;

        @Mixin
        GitHubOptions github;

        @Parameters(paramLabel = "USERNAME", description = "the GitHub login the token belongs to")
        String username;

        @Option(names = "--token", paramLabel = "TOKEN", description = "the account's GitHub token (default: env GITHUB_TOKEN)")
        String token;

        @Override
        public Integer call() {
            Settings settings = parent.settings(null, github);
            Optional<String> proof = Optional.ofNullable(token).filter(value -> !value.isBlank()).or(settings::githubToken);
            if (proof.isEmpty()) {
                System.err.println("bitofgit: a session is proved by the account's own GitHub token: pass --token "
                        + "(or set GITHUB_TOKEN)");
                return USAGE;
            }
            try (Application application = Application.open(settings)) {
                application.requireWritableStore("session");
                var issued = application.issueSession(username, proof.get());
                System.out.println(issued.token());
                System.err.println("session for " + username + " until " + issued.expiresAt()
                        + "; send it as 'Authorization: Bearer <token>' (bitofgit mcp-config shows where)");
                return OK;
            } catch (IngestRejected e) {
                System.err.println("bitofgit: " + e.getMessage());
                return e.reason() == IngestRejected.Reason.BAD_INPUT ? USAGE : FAILED;
            }
        }
    }

    @Command(name = "identities", mixinStandardHelpOptions = true,
            description = {"List, declare or remove the other e-mails and names USERNAME commits under (work addresses,",
                "old ones) that GitHub does not link to the account, with suggestions from its repositories.",
                "Counts, streaks and answers follow at once; no re-ingest. Bots are never yours."})
    static final class IdentitiesCommand implements Callable<Integer> {
        @CommandLine.ParentCommand
        Main parent;

        @Parameters(paramLabel = "USERNAME", description = "the ingested account")
        String username;

        @Option(names = "--add-email", paramLabel = "E", description = "declare an e-mail as yours (repeatable)")
        java.util.List<String> addEmails = new java.util.ArrayList<>();

        @Option(names = "--add-name", paramLabel = "N", description = "declare an author name as yours (repeatable)")
        java.util.List<String> addNames = new java.util.ArrayList<>();

        @Option(names = "--remove-email", paramLabel = "E", description = "remove a declared e-mail (repeatable)")
        java.util.List<String> removeEmails = new java.util.ArrayList<>();

        @Option(names = "--remove-name", paramLabel = "N", description = "remove a declared name (repeatable)")
        java.util.List<String> removeNames = new java.util.ArrayList<>();

        @Option(names = "--mailmap", paramLabel = "FILE",
                description = "declare the commit e-mails of a .mailmap's entries that map to your addresses or name")
        String mailmap;

        @Option(names = "--proper-email", paramLabel = "E",
                description = "with --mailmap: take the entries that map to this address instead")
        String properEmail;

        @Override
        public Integer call() throws java.io.IOException {
            boolean changes = !addEmails.isEmpty() || !addNames.isEmpty() || !removeEmails.isEmpty()
                    || !removeNames.isEmpty() || mailmap != null;
            if (properEmail != null && mailmap == null) {
                System.err.println("bitofgit: --proper-email selects the entries of a --mailmap FILE; give both");
                return USAGE;
            }
            String mailmapText = null;
            if (mailmap != null) {
                java.nio.file.Path path = java.nio.file.Path.of(mailmap);
                if (!java.nio.file.Files.isReadable(path)) {
                    System.err.println("bitofgit: cannot read " + mailmap);
                    return USAGE;
                }
                mailmapText = java.nio.file.Files.readString(path);
            }
            try (Application application = Application.open(parent.settings(null, null))) {
                if (changes) {
                    application.requireWritableStore("identities");
                }
                dev.bitofgit.ingest.Identities identities = application.identities();
                try {
                    long before = identities.list(username).ownCommits();
                    for (String email : addEmails) {
                        report("added", identities.declare(username, declaration(Optional.of(email), Optional.empty(),
                                Optional.empty())));
                    }
                    for (String name : addNames) {
                        report("added", identities.declare(username, declaration(Optional.empty(), Optional.of(name),
                                Optional.empty())));
                    }
                    if (mailmapText != null) {
                        report("added", identities.declare(username, declaration(Optional.empty(), Optional.empty(),
                                Optional.of(mailmapText))));
                    }
                    for (String email : removeEmails) {
                        report("removed", identities.remove(username, dev.bitofgit.store.Identity.Kind.EMAIL, email));
                    }
                    for (String name : removeNames) {
                        report("removed", identities.remove(username, dev.bitofgit.store.Identity.Kind.NAME, name));
                    }
                    dev.bitofgit.ingest.Identities.Listing listing = identities.list(username);
                    if (changes) {
                        System.out.printf(java.util.Locale.ROOT, "own commits: %d -> %d%n", before,
                                listing.ownCommits());
                    }
                    print(listing);
                    return OK;
                } catch (dev.bitofgit.ingest.IdentityRejected e) {
                    System.err.println("bitofgit: " + e.getMessage());
                    return e.reason() == dev.bitofgit.ingest.IdentityRejected.Reason.INVALID ? USAGE : FAILED;
                }
            }
        }

        private dev.bitofgit.ingest.Identities.Declaration declaration(Optional<String> email, Optional<String> name,
                                                                      Optional<String> text) {
            return new dev.bitofgit.ingest.Identities.Declaration(email, name, text, Optional.ofNullable(properEmail));
        }

        private static void report(String verb, dev.bitofgit.ingest.Identities.Outcome outcome) {
            java.util.List<dev.bitofgit.store.Identity> changed = verb.equals("added") ? outcome.added() : outcome.removed();
            if (changed.isEmpty()) {
                System.out.println("nothing changed (already declared)");
                return;
            }
            for (dev.bitofgit.store.Identity identity : changed) {
                System.out.println(verb + " " + identity.kind().id() + " " + identity.value());
            }
            System.out.println("  " + ProgressBar.plural(outcome.commitsChanged(), "commit") + " changed owner");
        }

        private static void print(dev.bitofgit.ingest.Identities.Listing listing) {
            System.out.println("identities of " + listing.login() + " (" + ProgressBar.plural(listing.ownCommits(),
                    "own commit") + ")");
            System.out.println("declared:" + (listing.declared().isEmpty() ? " none" : ""));
            listing.declared().forEach(identity -> System.out.printf(java.util.Locale.ROOT, "  %-5s  %s%n",
                    identity.kind().id(), identity.value()));
            System.out.println("known to GitHub (always yours): " + (listing.knownEmails().isEmpty() ? "none"
                    : String.join(", ", listing.knownEmails())));
            System.out.println("suggestions (authors GitHub links to no account):" + (listing.suggestions().isEmpty()
                    ? " none" : ""));
            listing.suggestions().forEach(suggestion -> System.out.printf(java.util.Locale.ROOT,
                    "  %s by %s%s, %s, last %s; yours? bitofgit identities %s --add-email %s%n",
                    ProgressBar.plural(suggestion.commits(), "commit"), suggestion.email(),
                    suggestion.name().map(name -> " (" + name + ")").orElse(""),
                    ProgressBar.plural(suggestion.repos(), "repository", "repositories"),
                    suggestion.lastCommitAt().toString().substring(0, 10), listing.login(), suggestion.email()));
        }
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"bitofgit " + Version.current()};
        }
    }
}
