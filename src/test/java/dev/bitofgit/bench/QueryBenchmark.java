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
 * POST /query with the offline answerer (issue 5) on the 300-repository / 150,000-commit account: the real jar,
 * the question set asked round after round; p50 and p99 pooled over all questions, plus the slowest question's p99.
 * Run through bench/query.sh.
 */
public final class QueryBenchmark {

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(System.getProperty("rounds", "20"));
        String javaOptions = System.getProperty("javaOptions", "");
        DemoAccount account = DemoAccountGenerator.generate(DemoSpec.large("bench-user", 7, 300, 150_000, LocalDate.now()));
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
                "hello", "blorp zing", "What's my busiest hour in UTC?", "What was my busiest month?",
                "How many lines did I add in 2024?", "Who is my most frequent collaborator?",
                "Which repos have CI but no tests?", "When was my very first commit?",
                "What is the biggest commit in " + repo + "?", "Did I make more commits this year than last year?",
                "What are my top 3 repos by my own commits?", "my TypeScript repos I committed to in 2025",
                "How many commits do I make per week on average?", "Do I commit more in the morning or in the evening?",
                "What was my longest break from committing?", "How many commits did hubot make?",
                "Which repos have both hubot and I committed to?", "Which repos use Django or Flask?",
                "How many commits did I make two weeks ago?", "Which is my largest repository by size?",
                "How many repos did I create each year?", "How many repos do I have and how many are private?");

        try (BenchServer server = BenchServer.start(account, javaOptions)) {
            int port = server.port;
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            URI uri = URI.create("http://127.0.0.1:" + port + "/query");
            // The server embeds the account's texts for search by meaning behind its start (the account was loaded
            // without it): measure the answers once that background work is done, as a settled server serves them.
            URI search = URI.create("http://127.0.0.1:" + port + "/tools/search_commits");
            long waitStart = System.nanoTime();
            while (client.send(HttpRequest.newBuilder(search).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"bench-user\",\"query\":\"x\",\"mode\":\"meaning\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body().contains("being embedded")) {
                Thread.sleep(1_000);
            }
            System.out.printf(Locale.ROOT, "search by meaning ready after %.0f s%n", (System.nanoTime() - waitStart) / 1e9);
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
