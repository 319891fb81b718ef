package dev.bitofgit.bench;

import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoAccountGenerator;
import dev.bitofgit.demo.DemoLoader;
import dev.bitofgit.demo.DemoSpec;
import dev.bitofgit.store.AccountStore;
import dev.bitofgit.store.ActivityRollups;
import dev.bitofgit.store.CommitStore;
import dev.bitofgit.store.Database;
import dev.bitofgit.store.RepositoryStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * tools/call over MCP Streamable HTTP (issue 4): the real jar serves a store holding the 300-repository /
 * 150,000-commit account; this process plays an MCP client (initialize, then sequential tools/call) and reports p50
 * and p99 per tool. Run through bench/tools.sh.
 */
public final class ToolCallBenchmark {
    private static final Pattern PORT = Pattern.compile("BitofGit API is running on http://[0-9.]+:(\\d+)");

    public static void main(String[] args) throws Exception {
        int warmup = Integer.parseInt(System.getProperty("warmup", "50"));
        int calls = Integer.parseInt(System.getProperty("calls", "300"));
        String javaOptions = System.getProperty("javaOptions", "");
        Path data = Files.createTempDirectory("bitofgit-tools-bench");
        DemoAccount account = DemoAccountGenerator.generate(DemoSpec.large("bench-user", 7, 300, 150_000, LocalDate.of(2026, 11, 1)));
        try (Database database = Database.open("jdbc:sqlite:" + data.resolve("bitofgit.db"))) {
            new DemoLoader(new AccountStore(database), new RepositoryStore(database), new CommitStore(database), new ActivityRollups(database)).load(account);
        }
        String busiest = account.repos().stream().max((a, b) -> Integer.compare(a.commits().size(), b.commits().size()))
                .orElseThrow().name();

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (!javaOptions.isBlank()) {
            command.addAll(Arrays.asList(javaOptions.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", "target/bitofgit.jar", "serve"));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("BITOFGIT_DATA_DIR", data.toString());
        builder.environment().put("PORT", "0");
        Path log = Files.createTempFile("bench-server", ".log");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        Process server = builder.start();
        try {
            int port = awaitPort(log, server);
            Mcp mcp = new Mcp("http://127.0.0.1:" + port + "/mcp");
            Map<String, String> tools = new LinkedHashMap<>();
            tools.put("get_account_summary", "{\"username\":\"bench-user\"}");
            tools.put("list_repos", "{\"username\":\"bench-user\",\"sort\":\"commits\",\"limit\":20}");
            tools.put("get_repo_overview", "{\"username\":\"bench-user\",\"repo\":\"" + busiest + "\"}");
            tools.put("get_commit_timeline", "{\"username\":\"bench-user\",\"limit\":20}");
            tools.put("search_commits", "{\"username\":\"bench-user\",\"query\":\"fix pagination\",\"limit\":20}");
            tools.put("get_activity_summary", "{\"username\":\"bench-user\",\"group_by\":\"month\"}");
            tools.put("get_language_breakdown", "{\"username\":\"bench-user\"}");
            tools.put("query_repos_by_signals", "{\"username\":\"bench-user\",\"has_ci\":true,\"has_tests\":true}");
            tools.put("aggregate_repo_metrics", "{\"username\":\"bench-user\"}");
            tools.put("rank_repos_by_activity", "{\"username\":\"bench-user\",\"since\":\"2025-01-01\"}");
            tools.put("search_readmes", "{\"username\":\"bench-user\",\"query\":\"docker\"}");
            System.out.printf(Locale.ROOT, "| tool | p50 ms | p99 ms | max ms | calls |%n|---|---|---|---|---|%n");
            for (Map.Entry<String, String> tool : tools.entrySet()) {
                for (int i = 0; i < warmup; i++) {
                    mcp.call(tool.getKey(), tool.getValue());
                }
                long[] nanos = new long[calls];
                for (int i = 0; i < calls; i++) {
                    long start = System.nanoTime();
                    mcp.call(tool.getKey(), tool.getValue());
                    nanos[i] = System.nanoTime() - start;
                }
                Arrays.sort(nanos);
                System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %d |%n", tool.getKey(),
                        nanos[calls / 2] / 1e6, nanos[(int) Math.ceil(calls * 0.99) - 1] / 1e6, nanos[calls - 1] / 1e6, calls);
            }
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private static int awaitPort(Path log, Process server) throws IOException, InterruptedException {
        for (int i = 0; i < 600; i++) {
            Matcher matcher = PORT.matcher(Files.readString(log));
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
            if (!server.isAlive()) {
                throw new IllegalStateException("server exited: " + Files.readString(log));
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("server did not start: " + Files.readString(log));
    }

    /** The smallest MCP Streamable HTTP client: initialize once, then tools/call, reading JSON or SSE answers. */
    private static final class Mcp {
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final String url;
        private final String session;
        private int id = 1;

        Mcp(String url) throws IOException, InterruptedException {
            this.url = url;
            HttpResponse<String> init = post(null, "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":"
                    + "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"bench\",\"version\":\"1\"}}}");
            this.session = init.headers().firstValue("Mcp-Session-Id").orElseThrow();
            post(session, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
        }

        void call(String tool, String arguments) throws IOException, InterruptedException {
            HttpResponse<String> response = post(session, "{\"jsonrpc\":\"2.0\",\"id\":" + (id++)
                    + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool + "\",\"arguments\":" + arguments + "}}");
            if (response.statusCode() != 200 || !response.body().contains("\"structuredContent\"")
                    || response.body().contains("\"isError\":true")) {
                throw new IllegalStateException(tool + " failed: " + response.statusCode() + " " + response.body());
            }
        }

        private HttpResponse<String> post(String sessionId, String body) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json, text/event-stream")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (sessionId != null) {
                request.header("Mcp-Session-Id", sessionId);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
