package dev.bitofgit.bench;

import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoLoader;
import dev.bitofgit.store.AccountStore;
import dev.bitofgit.store.ActivityRollups;
import dev.bitofgit.store.CommitStore;
import dev.bitofgit.store.Database;
import dev.bitofgit.store.RepositoryStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The real jar serving a store pre-loaded with a generated account, for the latency benchmarks. */
final class BenchServer implements AutoCloseable {
    private static final Pattern PORT = Pattern.compile("BitofGit API is running on http://[0-9.]+:(\\d+)");

    private final Process process;
    final int port;
    /** A session of the loaded account, issued before the server started (the owner's view of its data). */
    final String ownerSession;

    private BenchServer(Process process, int port, String ownerSession) {
        this.process = process;
        this.port = port;
        this.ownerSession = ownerSession;
    }

    static BenchServer start(DemoAccount account, String javaOptions) throws IOException, InterruptedException {
        return start(account, javaOptions, java.util.Map.of());
    }

    static BenchServer start(DemoAccount account, String javaOptions, java.util.Map<String, String> environment)
            throws IOException, InterruptedException {
        Path data = Files.createTempDirectory("bitofgit-bench");
        String session;
        try (Database database = Database.open("jdbc:sqlite:" + data.resolve("bitofgit.db"))) {
            new DemoLoader(new AccountStore(database), new RepositoryStore(database), new CommitStore(database),
                    new ActivityRollups(database), new dev.bitofgit.store.WorkStore(database)).load(account);
            session = new dev.bitofgit.auth.Sessions(new dev.bitofgit.store.SessionStore(database),
                    java.time.Duration.ofDays(1), java.time.Clock.systemUTC()).issue(account.id(), account.login()).token();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (!javaOptions.isBlank()) {
            command.addAll(Arrays.asList(javaOptions.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", "target/bitofgit.jar", "serve"));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("BITOFGIT_DATA_DIR", data.toString());
        builder.environment().put("PORT", "0");
        builder.environment().putAll(environment);
        Path log = Files.createTempFile("bench-server", ".log");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        Process server = builder.start();
        for (int i = 0; i < 600; i++) {
            Matcher matcher = PORT.matcher(Files.readString(log));
            if (matcher.find()) {
                return new BenchServer(server, Integer.parseInt(matcher.group(1)), session);
            }
            if (!server.isAlive()) {
                throw new IllegalStateException("server exited: " + Files.readString(log));
            }
            Thread.sleep(100);
        }
        server.destroy();
        throw new IllegalStateException("server did not start: " + Files.readString(log));
    }

    /** A memory figure of the server process from /proc (VmRSS now, VmHWM its peak), in KB. */
    long rssKb(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no " + field + " in /proc/" + process.pid() + "/status");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
