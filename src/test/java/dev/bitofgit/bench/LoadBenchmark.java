package dev.bitofgit.bench;

import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoAccountGenerator;
import dev.bitofgit.demo.DemoSpec;
import dev.bitofgit.testing.GitHubStandIn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load while an ingest runs (issue 8): the real jar serves the demo account while it ingests another account from
 * the GitHub stand-in (80 ms per request); 50 concurrent clients call tools and /query for 60 s. Reports errors,
 * throughput, p50 and p99. Run through bench/load.sh.
 */
public final class LoadBenchmark {
    public static void main(String[] args) throws Exception {
        int clients = Integer.parseInt(System.getProperty("clients", "50"));
        int seconds = Integer.parseInt(System.getProperty("seconds", "60"));
        String javaOptions = System.getProperty("javaOptions", "");
        DemoAccount demo = DemoAccountGenerator.generate(DemoSpec.octoDemo(LocalDate.now()));
        DemoAccount ingested = DemoAccountGenerator.generate(DemoSpec.large("busy-user", 3, 120, 60_000, LocalDate.now()));
        try (GitHubStandIn github = new GitHubStandIn().account(ingested).latency(80);
             BenchServer server = BenchServer.start(demo, javaOptions, Map.of("GITHUB_API_URL", github.apiUrl()))) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .executor(Executors.newFixedThreadPool(clients)).build();
            String base = "http://127.0.0.1:" + server.port;
            HttpResponse<String> started = client.send(HttpRequest.newBuilder(URI.create(base + "/ingest"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"busy-user\",\"github_token\":\"" + GitHubStandIn.READER_TOKEN + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
            String[][] calls = {
                {"/tools/get_account_summary", "{\"username\":\"octo-demo\"}"},
                {"/tools/list_repos", "{\"username\":\"octo-demo\",\"sort\":\"stars\"}"},
                {"/tools/get_commit_timeline", "{\"username\":\"octo-demo\",\"limit\":20}"},
                {"/tools/search_commits", "{\"username\":\"octo-demo\",\"query\":\"fix\"}"},
                {"/tools/get_activity_summary", "{\"username\":\"octo-demo\",\"group_by\":\"month\"}"},
                {"/query", "{\"username\":\"octo-demo\",\"question\":\"What did I work on last month?\"}"},
                {"/query", "{\"username\":\"octo-demo\",\"question\":\"Which of my projects use Python?\"}"},
                {"/query", "{\"username\":\"octo-demo\",\"question\":\"What is my longest commit streak?\"}"},
            };
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger errors = new AtomicInteger();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            ExecutorService workers = Executors.newFixedThreadPool(clients);
            for (int c = 0; c < clients; c++) {
                int seed = c;
                workers.submit(() -> {
                    Random random = new Random(seed);
                    while (System.nanoTime() < deadline) {
                        String[] call = calls[random.nextInt(calls.length)];
                        long start = System.nanoTime();
                        try {
                            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + call[0]))
                                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(call[1])).build(), HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        latencies.add(System.nanoTime() - start);
                    }
                    return null;
                });
            }
            workers.shutdown();
            workers.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
            HttpResponse<String> job = client.send(HttpRequest.newBuilder(URI.create(base + "/users/busy-user")).build(),
                    HttpResponse.BodyHandlers.ofString());
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf(Locale.ROOT, "| clients | %d for %d s while ingesting busy-user (%s) |%n", clients, seconds,
                    started.statusCode() == 202 ? "202 accepted" : "ingest not started: " + started.statusCode());
            System.out.printf(Locale.ROOT, "| requests | %d (%.0f per second), errors %d |%n", sorted.size(),
                    sorted.size() / (double) seconds, errors.get());
            System.out.printf(Locale.ROOT, "| latency | p50 %.1f ms, p99 %.1f ms, max %.1f ms |%n",
                    sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1) / 1e6,
                    sorted.get(sorted.size() - 1) / 1e6);
            System.out.printf(Locale.ROOT, "| ingest at the end | %s |%n", job.body());
        }
        System.exit(0); // the HTTP client's worker threads would keep the JVM alive
    }
}
