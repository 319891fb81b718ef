package dev.bitofgit.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server of the test's own (initdb into a temporary directory, its own port), so a test can stop and
 * start it without disturbing the machine's shared server. Runs the machine's PostgreSQL binaries as the postgres
 * user (initdb refuses root).
 */
public final class PrivatePostgres implements AutoCloseable {
    private final Path base;
    private final Path data;
    private final int port;
    private final String bin;

    private PrivatePostgres(Path base, int port, String bin) {
        this.base = base;
        this.data = base.resolve("data");
        this.port = port;
        this.bin = bin;
    }

    public static PrivatePostgres create() throws IOException, InterruptedException {
        Path versions = Path.of("/usr/lib/postgresql");
        String version;
        try (var entries = Files.list(versions)) {
            version = entries.map(path -> path.getFileName().toString()).sorted().reduce((a, b) -> b)
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL under " + versions));
        }
        Path base = Files.createTempDirectory("bitofgit-pg");
        Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        PrivatePostgres server = new PrivatePostgres(base, port, versions.resolve(version).resolve("bin").toString());
        Files.createDirectories(server.data);
        exec(List.of("chown", "-R", "postgres:postgres", base.toString()));
        server.asPostgres(List.of(server.bin + "/initdb", "-D", server.data.toString(), "-A", "trust", "-U", "postgres",
                "--no-sync"));
        server.start();
        return server;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres&connectTimeout=2&socketTimeout=30";
    }

    public void start() throws IOException, InterruptedException {
        asPostgres(List.of(bin + "/pg_ctl", "-D", data.toString(), "-w", "-t", "30", "-l", base.resolve("log").toString(),
                "-o", "-p " + port + " -k " + base + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"));
    }

    /** Fast shutdown: open connections are cut, as in a failover or a restart for an upgrade. */
    public void stop() throws IOException, InterruptedException {
        asPostgres(List.of(bin + "/pg_ctl", "-D", data.toString(), "-w", "-t", "30", "-m", "fast", "stop"));
    }

    private void asPostgres(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        full.addAll(command);
        exec(full);
    }

    private static void exec(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            stop();
        } catch (IllegalStateException alreadyStopped) {
            // stopped by the test
        }
        exec(List.of("rm", "-rf", base.toString()));
    }
}
