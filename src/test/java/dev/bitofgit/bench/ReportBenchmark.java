package dev.bitofgit.bench;

import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoAccountGenerator;
import dev.bitofgit.demo.DemoSpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The year in review (issue 15) on the benchmark account, spread over ten years: the real jar serves a store holding
 * 300 repositories and 150,000 commits from November 2016 to November 2026; this process asks for each year's report
 * (HTML, with the owner's session: the full view), then the public HTML, the JSON facts and the SVG card, and prints
 * the median and the worst of each year. Run through bench/report.sh.
 */
public final class ReportBenchmark {

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(System.getProperty("rounds", "5"));
        int warmup = Integer.parseInt(System.getProperty("warmup", "2"));
        int years = Integer.parseInt(System.getProperty("years", "10"));
        String javaOptions = System.getProperty("javaOptions", "");
        LocalDate end = LocalDate.of(2026, 11, 1);
        DemoAccount account = DemoAccountGenerator.generate(new DemoSpec("bench-user", 7, 300, 150_000, years, end));
        try (BenchServer server = BenchServer.start(account, javaOptions)) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String base = "http://127.0.0.1:" + server.port + "/users/bench-user/report?year=";
            // The server embeds the account's texts for search by meaning behind its start: measure after that.
            long indexStart = System.nanoTime();
            while (post(client, server.port, "/tools/search_commits", "{\"username\":\"bench-user\",\"query\":\"x\","
                    + "\"mode\":\"meaning\"}").contains("being embedded")) {
                Thread.sleep(1_000);
            }
            System.out.printf(Locale.ROOT, "search by meaning ready %.1f s after the first call%n",
                    (System.nanoTime() - indexStart) / 1e9);
            int last = end.getYear();
            int first = last - years + 1;
            for (int round = 0; round < warmup; round++) {
                for (int year = first; year <= last; year++) {
                    get(client, base + year, server.ownerSession);
                }
            }
            System.out.printf(Locale.ROOT, "| year | your commits | HTML p50 ms | HTML max ms | public HTML p50 ms | JSON p50 ms"
                    + " | SVG p50 ms | HTML bytes |%n|---|---|---|---|---|---|---|---|%n");
            List<Long> all = new ArrayList<>();
            for (int year = first; year <= last; year++) {
                long[] html = new long[rounds];
                long[] publicHtml = new long[rounds];
                long[] json = new long[rounds];
                long[] svg = new long[rounds];
                int bytes = 0;
                for (int round = 0; round < rounds; round++) {
                    long started = System.nanoTime();
                    bytes = get(client, base + year, server.ownerSession).length();
                    html[round] = System.nanoTime() - started;
                    all.add(html[round]);
                    started = System.nanoTime();
                    get(client, base + year + "&public_only=true", null);
                    publicHtml[round] = System.nanoTime() - started;
                    started = System.nanoTime();
                    get(client, base + year + "&format=json", server.ownerSession);
                    json[round] = System.nanoTime() - started;
                    started = System.nanoTime();
                    get(client, base + year + "&format=svg", server.ownerSession);
                    svg[round] = System.nanoTime() - started;
                }
                String facts = get(client, base + year + "&format=json", server.ownerSession);
                String own = facts.replaceAll("(?s).*?\"current\":\\{\"year\":\\d+,\"own_commits\":(\\d+).*", "$1");
                Arrays.sort(html);
                System.out.printf(Locale.ROOT, "| %d | %s | %.0f | %.0f | %.0f | %.0f | %.0f | %,d |%n", year, own,
                        median(html), html[rounds - 1] / 1e6, median(publicHtml), median(json), median(svg), bytes);
            }
            long[] every = all.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "all years, HTML with the owner's session: p50 %.0f ms, max %.0f ms over %d "
                    + "reports; server peak RSS %d MB%n", median(every), every[every.length - 1] / 1e6, every.length,
                    server.rssKb("VmHWM") / 1024);
        }
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static String get(HttpClient client, String url, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (session != null) {
            request.header("Authorization", "Bearer " + session);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " failed: " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static String post(HttpClient client, int port, String path, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
