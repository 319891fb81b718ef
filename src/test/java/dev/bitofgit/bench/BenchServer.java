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

    private BenchServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static BenchServer start(DemoAccount account, String javaOptions) throws IOException, InterruptedException {
        return start(account, javaOptions, java.util.Map.of());
    }

    static BenchServer start(DemoAccount account, String javaOptions, java.util.Map<String, String> environment)
            throws IOException, InterruptedException {
        Path data = Files.createTempDirectory("bitofgit-bench");
        try (Database database = Database.open("jdbc:sqlite:" + data.resolve("bitofgit.db"))) {
            new DemoLoader(new AccountStore(database), new RepositoryStore(database), new CommitStore(database),
                    new ActivityRollups(database)).load(account);
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
                return new BenchServer(server, Integer.parseInt(matcher.group(1)));
            }
            if (!server.isAlive()) {
                throw new IllegalStateException("server exited: " + Files.readString(log));
            }
            Thread.sleep(100);
        }
        server.destroy();
        throw new IllegalStateException("server did not start: " + Files.readString(log));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
