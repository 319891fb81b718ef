package dev.bitofgit.bench;

import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoAccountGenerator;
import dev.bitofgit.demo.DemoSpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What sessions cost per request (issue 7): the real jar on the 300-repository / 150,000-commit account; the same
 * requests without a credential, with the owner's session (SHA-256 + one indexed lookup, then the private view) and
 * with an unknown session (refused 401). Rounds alternate the three so machine noise hits all alike. Run through
 * bench/auth.sh.
 */
public final class AuthBenchmark {
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        int warmup = Integer.parseInt(System.getProperty("warmup", "300"));
        int calls = Integer.parseInt(System.getProperty("calls", "2000"));
        String javaOptions = System.getProperty("javaOptions", "");
        DemoAccount account = DemoAccountGenerator.generate(DemoSpec.large("bench-user", 7, 300, 150_000, LocalDate.of(2026, 11, 1)));
        try (BenchServer server = BenchServer.start(account, javaOptions)) {
            String base = "http://127.0.0.1:" + server.port;
            Map<String, Optional<String>> callers = new LinkedHashMap<>();
            callers.put("anonymous", Optional.empty());
            callers.put("owner session", Optional.of(server.ownerSession));
            callers.put("unknown session (401)", Optional.of("bgs_" + "A".repeat(43)));
            Map<String, String[]> requests = new LinkedHashMap<>();
            requests.put("GET /health", new String[] {"GET", "/health", null});
            requests.put("POST /tools/get_account_summary", new String[] {"POST", "/tools/get_account_summary",
                    "{\"username\":\"bench-user\"}"});
            System.out.printf(Locale.ROOT, "| request | caller | p50 ms | p99 ms | calls |%n|---|---|---|---|---|%n");
            for (Map.Entry<String, String[]> request : requests.entrySet()) {
                Map<String, long[]> nanos = new LinkedHashMap<>();
                callers.keySet().forEach(caller -> nanos.put(caller, new long[calls]));
                for (int i = -warmup; i < calls; i++) {
                    for (Map.Entry<String, Optional<String>> caller : callers.entrySet()) {
                        long start = System.nanoTime();
                        send(base, request.getValue(), caller.getValue());
                        if (i >= 0) {
                            nanos.get(caller.getKey())[i] = System.nanoTime() - start;
                        }
                    }
                }
                for (Map.Entry<String, long[]> result : nanos.entrySet()) {
                    long[] sorted = result.getValue();
                    Arrays.sort(sorted);
                    System.out.printf(Locale.ROOT, "| %s | %s | %.2f | %.2f | %d |%n", request.getKey(), result.getKey(),
                            sorted[calls / 2] / 1e6, sorted[(int) Math.ceil(calls * 0.99) - 1] / 1e6, calls);
                }
            }
        }
    }

    private static void send(String base, String[] request, Optional<String> bearer) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request[1]));
        bearer.ifPresent(token -> builder.header("Authorization", "Bearer " + token));
        if (request[0].equals("POST")) {
            builder.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(request[2]));
        }
        HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        int expected = bearer.isPresent() && bearer.get().startsWith("bgs_AAAA") ? 401 : 200;
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request[1] + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}
