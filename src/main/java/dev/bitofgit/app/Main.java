package dev.bitofgit.app;

import dev.bitofgit.ingest.IngestRejected;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The command line: {@code bitofgit [serve|demo|ingest|ask|mcp|mcp-config|session|identities|export|import|report]}. Exit codes: 0 ok, 1 failed, 2 usage. */
@Command(name = "bitofgit",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = "Ask questions about your own GitHub work. With no command, runs `serve`.",
        subcommands = {
            ServeCommand.class, DemoCommand.class, IngestCommand.class, AskCommand.class, McpCommand.class,
            ExportCommand.class, ImportCommand.class, SessionCommand.class, IdentitiesCommand.class, McpConfig.class,
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
        return ServeCommand.serve(settings(), false);
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

    /** The CLI's one mapping of an ingest rejection to an exit code: bad input is a usage error, the rest failed. */
    static int exitCode(IngestRejected rejection) {
        return rejection.reason() == IngestRejected.Reason.BAD_INPUT ? USAGE : FAILED;
    }

    static boolean isReadOnlyFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (String.valueOf(cause.getMessage()).contains("SQLITE_READONLY")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The indexing for search by meaning that an ingest or import queued runs to its end before the command exits
     * (a server runs it behind the ingest instead), saying where it is every few seconds.
     */
    static void awaitMeaning(Application application) {
        long started = System.nanoTime();
        try {
            application.awaitMeaningIndex(progress -> System.err.printf(Locale.ROOT,
                    "search by meaning: %d of %d texts embedded%n", progress.done(), progress.total()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        System.out.printf(Locale.ROOT, "search by meaning: ready, %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"bitofgit " + Version.current()};
        }
    }
}
