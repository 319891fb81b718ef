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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * POST /query with the offline answerer (issue 5) on the 300-repository / 150,000-commit account: the real jar,
 * the question set asked round after round; p50 and p99 pooled over all questions, plus the slowest question's p99.
 * Run through bench/query.sh.
 */
public final class QueryBenchmark {
    private static final Pattern PORT = Pattern.compile("BitofGit API is running on http://[0-9.]+:(\\d+)");

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(System.getProperty("rounds", "20"));
        String javaOptions = System.getProperty("javaOptions", "");
        Path data = Files.createTempDirectory("bitofgit-query-bench");
        DemoAccount account = DemoAccountGenerator.generate(DemoSpec.large("bench-user", 7, 300, 150_000, LocalDate.now()));
        try (Database database = Database.open("jdbc:sqlite:" + data.resolve("bitofgit.db"))) {
            new DemoLoader(new AccountStore(database), new RepositoryStore(database), new CommitStore(database),
                    new ActivityRollups(database)).load(account);
        }
        String repo = account.repos().get(10).name();
        List<String> questions = List.of("Which of my projects use Python?", "How many of my repos use Java?",
                "Which tech stacks do I work with most?", "Do I have CI/CD in any repo?", "Which repos have tests?",
                "Do I use Docker anywhere?", "Which projects follow good engineering practices?",
                "What's my most active repository?", "What did I work on last month?", "How many commits did I make in 2024?",
                "When did I last commit to " + repo + "?", "Show the last 10 commits of " + repo, "What is " + repo + " about?",
                "Summarize my GitHub", "Which languages do I use most?", "What is the tech stack of my latest project?",
                "Which repos have I not touched in a year?", "What is my longest commit streak?",
                "On which weekday do I commit most?", "Which commits mention \\\"fix\\\" in " + repo + "?",
                "Who else contributes to " + repo + "?", "How many stars do I have in total?", "Which of my repos are forks?",
                "hello", "blorp zing");

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
            int port = 0;
            for (int i = 0; i < 600 && port == 0; i++) {
                Matcher matcher = PORT.matcher(Files.readString(log));
                if (matcher.find()) {
                    port = Integer.parseInt(matcher.group(1));
                }
                Thread.sleep(100);
            }
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            URI uri = URI.create("http://127.0.0.1:" + port + "/query");
            long[][] perQuestion = new long[questions.size()][rounds];
            for (int warm = 0; warm < 3; warm++) {
                for (String question : questions) {
                    post(client, uri, question);
                }
            }
            List<Long> all = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                for (int q = 0; q < questions.size(); q++) {
                    long start = System.nanoTime();
                    post(client, uri, questions.get(q));
                    perQuestion[q][round] = System.nanoTime() - start;
                    all.add(perQuestion[q][round]);
                }
            }
            all.sort(Long::compare);
            System.out.printf(Locale.ROOT, "| all questions | %d requests | p50 %.1f ms | p99 %.1f ms | max %.1f ms |%n", all.size(),
                    all.get(all.size() / 2) / 1e6, all.get((int) Math.ceil(all.size() * 0.99) - 1) / 1e6, all.get(all.size() - 1) / 1e6);
            for (int q = 0; q < questions.size(); q++) {
                long[] times = perQuestion[q].clone();
                Arrays.sort(times);
                System.out.printf(Locale.ROOT, "| %s | p50 %.1f ms | max %.1f ms |%n", questions.get(q).replace("\\\"", "\""),
                        times[times.length / 2] / 1e6, times[times.length - 1] / 1e6);
            }
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private static void post(HttpClient client, URI uri, String question) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"bench-user\",\"question\":\"" + question + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(question + ": " + response.statusCode() + " " + response.body());
        }
    }
}
