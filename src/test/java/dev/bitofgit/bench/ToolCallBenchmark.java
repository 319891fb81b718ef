package dev.bitofgit.bench;

import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoAccountGenerator;
import dev.bitofgit.demo.DemoSpec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * tools/call over MCP Streamable HTTP (issue 4): the real jar serves a store holding the 300-repository /
 * 150,000-commit account; this process plays an MCP client (initialize, then sequential tools/call) and reports p50
 * and p99 per tool (-Donly=tool,tool measures some). Run through bench/tools.sh.
 */
public final class ToolCallBenchmark {

    public static void main(String[] args) throws Exception {
        int warmup = Integer.parseInt(System.getProperty("warmup", "50"));
        int calls = Integer.parseInt(System.getProperty("calls", "300"));
        String javaOptions = System.getProperty("javaOptions", "");
        DemoAccount account = DemoAccountGenerator.generate(DemoSpec.large("bench-user", 7, 300, 150_000, LocalDate.of(2026, 11, 1)));
        String busiest = account.repos().stream().max((a, b) -> Integer.compare(a.commits().size(), b.commits().size()))
                .orElseThrow().name();
        try (BenchServer server = BenchServer.start(account, javaOptions)) {
            int port = server.port;
            Mcp mcp = new Mcp("http://127.0.0.1:" + port + "/mcp");
            Map<String, String> tools = new LinkedHashMap<>();
            tools.put("get_account_summary", "{\"username\":\"bench-user\"}");
            tools.put("list_repos", "{\"username\":\"bench-user\",\"sort\":\"commits\",\"limit\":20}");
            tools.put("get_repo_overview", "{\"username\":\"bench-user\",\"repo\":\"" + busiest + "\"}");
            tools.put("get_commit_timeline", "{\"username\":\"bench-user\",\"limit\":20}");
            tools.put("search_commits", "{\"username\":\"bench-user\",\"query\":\"fix pagination\",\"mode\":\"words\",\"limit\":20}");
            tools.put("search_commits meaning", "{\"username\":\"bench-user\",\"query\":\"make paging through results work\",\"mode\":\"meaning\",\"limit\":20}");
            tools.put("search_commits both", "{\"username\":\"bench-user\",\"query\":\"make paging through results work\",\"mode\":\"both\",\"limit\":20}");
            tools.put("get_activity_summary", "{\"username\":\"bench-user\",\"group_by\":\"month\"}");
            tools.put("get_language_breakdown", "{\"username\":\"bench-user\"}");
            tools.put("query_repos_by_signals", "{\"username\":\"bench-user\",\"has_ci\":true,\"has_tests\":true}");
            tools.put("aggregate_repo_metrics", "{\"username\":\"bench-user\"}");
            tools.put("rank_repos_by_activity", "{\"username\":\"bench-user\",\"since\":\"2025-01-01\"}");
            tools.put("search_readmes", "{\"username\":\"bench-user\",\"query\":\"docker\",\"mode\":\"words\"}");
            tools.put("search_readmes meaning", "{\"username\":\"bench-user\",\"query\":\"forecasts in a terminal\",\"mode\":\"meaning\"}");
            tools.put("search_readmes both", "{\"username\":\"bench-user\",\"query\":\"forecasts in a terminal\",\"mode\":\"both\"}");
            // The server embeds the account's texts behind its start (they were loaded without it): measure after.
            long indexStart = System.nanoTime();
            while (mcp.call("search_commits", "{\"username\":\"bench-user\",\"query\":\"x\",\"mode\":\"meaning\"}")
                    .contains("being embedded")) {
                Thread.sleep(1_000);
            }
            System.out.printf(Locale.ROOT, "search by meaning ready %.1f s after the first call; server RSS now %d MB%n",
                    (System.nanoTime() - indexStart) / 1e9, server.rssKb("VmRSS") / 1024);
            tools.put("list_pull_requests", "{\"username\":\"bench-user\",\"author\":\"me\",\"state\":\"merged\",\"limit\":20}");
            tools.put("get_pull_request_stats", "{\"username\":\"bench-user\",\"since\":\"2025-01-01\",\"until\":\"2026-01-01\"}");
            tools.put("get_review_stats", "{\"username\":\"bench-user\",\"group_by\":\"reviewer\"}");
            tools.put("list_issues", "{\"username\":\"bench-user\",\"state\":\"open\",\"sort\":\"oldest\",\"limit\":20}");
            tools.put("get_issue_stats", "{\"username\":\"bench-user\"}");
            System.out.printf(Locale.ROOT, "| tool | p50 ms | p99 ms | max ms | calls |%n|---|---|---|---|---|%n");
            String only = System.getProperty("only", "");
            for (Map.Entry<String, String> tool : tools.entrySet()) {
                String name = tool.getKey().split(" ")[0];
                if (!only.isBlank() && !java.util.List.of(only.split(",")).contains(tool.getKey())) {
                    continue;
                }
                for (int i = 0; i < warmup; i++) {
                    mcp.call(name, tool.getValue());
                }
                long[] nanos = new long[calls];
                for (int i = 0; i < calls; i++) {
                    long start = System.nanoTime();
                    mcp.call(name, tool.getValue());
                    nanos[i] = System.nanoTime() - start;
                }
                Arrays.sort(nanos);
                System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %d |%n", tool.getKey(),
                        nanos[calls / 2] / 1e6, nanos[(int) Math.ceil(calls * 0.99) - 1] / 1e6, nanos[calls - 1] / 1e6, calls);
            }
            System.out.printf(Locale.ROOT, "server peak RSS %d MB%n", server.rssKb("VmHWM") / 1024);
        }
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

        String call(String tool, String arguments) throws IOException, InterruptedException {
            HttpResponse<String> response = post(session, "{\"jsonrpc\":\"2.0\",\"id\":" + (id++)
                    + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool + "\",\"arguments\":" + arguments + "}}");
            if (response.statusCode() != 200 || !response.body().contains("\"structuredContent\"")
                    || response.body().contains("\"isError\":true")) {
                throw new IllegalStateException(tool + " failed: " + response.statusCode() + " " + response.body());
            }
            return response.body();
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
