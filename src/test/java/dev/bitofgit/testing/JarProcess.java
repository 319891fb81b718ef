package dev.bitofgit.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the real shaded jar (built by `package`) as a child process, as a user would. */
public final class JarProcess implements AutoCloseable {
    private static final Pattern RUNNING = Pattern.compile("BitofGit API is running on http://([0-9.]+):(\\d+)");

    private final Process process;
    private final List<String> stdout = new CopyOnWriteArrayList<>();
    private final List<String> stderr = new CopyOnWriteArrayList<>();

    private JarProcess(Process process) {
        this.process = process;
        pump(process.getInputStream(), stdout);
        pump(process.getErrorStream(), stderr);
    }

    public static Path jar() {
        Path jar = Path.of(System.getProperty("bitofgit.jar", "target/bitofgit.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no jar at " + jar + ": run `./mvnw verify` (integration tests run after package)");
        }
        return jar;
    }

    public static JarProcess start(Map<String, String> environment, String... args) {
        return startIn(Path.of("").toAbsolutePath(), environment, args);
    }

    /**
     * Starts the jar in {@code workingDirectory}. Unless the test sets XDG_DATA_HOME, it points at a fresh temporary
     * directory: the default store is the per-user data directory, and a test never touches the real one.
     */
    public static JarProcess startIn(Path workingDirectory, Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", jar().toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("BITOFGIT_") || key.equals("PORT")
                || key.startsWith("GITHUB_") || key.startsWith("OPENAI_") || key.equals("DEPLOY_MODE"));
        try {
            builder.environment().put("XDG_DATA_HOME", Files.createTempDirectory("bitofgit-xdg").toString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        builder.environment().putAll(environment);
        try {
            return new JarProcess(builder.start());
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + command, e);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void pump(java.io.InputStream in, List<String> sink) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    sink.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "jar-output-pump");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits for the start-up log line and returns the port it names. */
    public int awaitRunning(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : stderr) {
                Matcher matcher = RUNNING.matcher(line);
                if (matcher.find()) {
                    return Integer.parseInt(matcher.group(2));
                }
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("process exited with " + process.exitValue() + ": " + stderr);
            }
            sleep(50);
        }
        throw new IllegalStateException("not running after " + timeout + ": " + stderr);
    }

    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("still running after " + timeout + ": " + stderr);
            }
            sleep(100); // let the pumps drain
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public List<String> stdout() {
        return List.copyOf(stdout);
    }

    public List<String> stderr() {
        return List.copyOf(stderr);
    }

    public long pid() {
        return process.pid();
    }

    /** SIGTERM, then wait for the graceful shutdown. */
    public int stop() {
        process.destroy();
        return awaitExit(Duration.ofSeconds(20));
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
