package dev.bitofgit.bench;

import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoAccountGenerator;
import dev.bitofgit.demo.DemoRepo;
import dev.bitofgit.demo.DemoSpec;
import dev.bitofgit.testing.GitHubStandIn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Ingest benchmark (issues 3 and 18): the real jar runs `bitofgit ingest` against the GitHub stand-in with 80 ms
 * latency per request on a 300-repository / 150,000-commit account with ~20,000 pull requests and ~15,000 issues;
 * this process samples the child's RSS every 20 ms.
 * Run through bench/ingest.sh, which prints a Markdown table for BENCHMARKS.md.
 */
public final class IngestBenchmark {
    public static void main(String[] args) throws Exception {
        int repos = Integer.parseInt(System.getProperty("repos", "300"));
        int commits = Integer.parseInt(System.getProperty("commits", "150000"));
        long latency = Long.parseLong(System.getProperty("latency", "80"));
        int concurrency = Integer.parseInt(System.getProperty("concurrency", "4"));
        String javaOptions = System.getProperty("javaOptions", "");
        Path jar = Path.of(System.getProperty("jar", "target/bitofgit.jar"));

        long generateStart = System.nanoTime();
        DemoAccount account = DemoAccountGenerator.generate(
                DemoSpec.large("bench-user", 7, repos, commits, LocalDate.of(2026, 11, 1)));
        double generateSeconds = (System.nanoTime() - generateStart) / 1e9;

        long lowerBound = (repos + 99) / 100 + repos;
        for (DemoRepo repo : account.repos()) {
            long own = repo.fork()
                    ? repo.commits().stream().filter(c -> c.authorLogin().map("bench-user"::equals).orElse(false)).count()
                    : repo.commits().size();
            lowerBound += (own + 99) / 100;
        }
        // The account's repos, public ones only (no token in this run): the bound counts what is fetched.
        long publicBound = (account.repos().stream().filter(r -> !r.isPrivate()).count() + 99) / 100;
        for (DemoRepo repo : account.repos()) {
            if (repo.isPrivate()) {
                continue;
            }
            long own = repo.fork()
                    ? repo.commits().stream().filter(c -> c.authorLogin().map("bench-user"::equals).orElse(false)).count()
                    : repo.commits().size();
            publicBound += 1 + (own + 99) / 100;
        }

        // Pull requests and issues of the public repositories and the pull requests authored anywhere, as a public
        // reader sees them: the probe (one per 100 repositories) and one page per 100 of each connection.
        long workBound = (account.repos().stream().filter(r -> !r.isPrivate()).count() + 99) / 100;
        long pulls = 0;
        long issues = 0;
        long authored = account.externalPullRequests().stream().filter(pr -> !pr.repoPrivate()).count();
        for (DemoRepo repo : account.repos()) {
            if (repo.isPrivate()) {
                continue;
            }
            pulls += repo.pullRequests().size();
            issues += repo.issues().size();
            workBound += (repo.pullRequests().size() + 99) / 100 + (repo.issues().size() + 99) / 100;
            authored += repo.pullRequests().stream().filter(pr -> pr.authorLogin().equals("bench-user")).count();
        }
        workBound += (authored + 99) / 100;

        Path data = Files.createTempDirectory("bitofgit-bench");
        try (GitHubStandIn github = new GitHubStandIn().account(account).latency(latency)) {
            Run first = ingest(jar, javaOptions, data, github, concurrency);
            int firstRequests = github.requests().size();
            long firstGraphql = github.requests().stream().filter(r -> r.path().endsWith("/graphql")).count();
            double firstStandInCpu = standInCpuSeconds;
            github.clearRequests();
            // -Dreingest=false skips the second run (handy when profiling the first with -DjavaOptions=-XX:StartFlightRecording…)
            Run second = Boolean.parseBoolean(System.getProperty("reingest", "true"))
                    ? ingest(jar, javaOptions, data, github, concurrency) : new Run(0, 0, 0, "skipped", 0, 0, 0);
            int secondRequests = github.requests().size();

            double target = 1.3 * firstRequests * latency / 1000.0 / concurrency;
            System.out.printf(Locale.ROOT, "| account | %d repos (%d public), %d commits, generated in %.2f s |%n",
                    repos, account.repos().stream().filter(r -> !r.isPrivate()).count(), commits, generateSeconds);
            System.out.printf(Locale.ROOT, "| pull requests / issues (public repos) | %d / %d, %d reviews; %d pull requests elsewhere |%n",
                    pulls, issues, account.repos().stream().filter(r -> !r.isPrivate())
                            .flatMap(r -> r.pullRequests().stream()).mapToLong(pr -> pr.reviews().size()).sum(),
                    account.externalPullRequests().stream().filter(pr -> !pr.repoPrivate()).count());
            System.out.printf(Locale.ROOT, "| lower bound L (public repos fetched) | %d requests for commits + W = %d for pull requests and issues |%n",
                    publicBound, workBound);
            System.out.printf(Locale.ROOT, "| first ingest: requests | %d (%.2f × (L + W)); GraphQL %d |%n", firstRequests,
                    firstRequests / (double) (publicBound + workBound), firstGraphql);
            System.out.printf(Locale.ROOT, "| first ingest: wall time (the ingest part) | %.1f s (target 1.3 × requests × %d ms / %d = %.1f s; ratio %.2f) |%n",
                    first.ingestSeconds, latency, concurrency, target, first.ingestSeconds / target);
            System.out.printf(Locale.ROOT, "| first ingest: peak RSS | %d MB (JVM options: %s) |%n",
                    first.peakRssKb / 1024, javaOptions.isBlank() ? "none" : javaOptions);
            System.out.printf(Locale.ROOT, "| first ingest: CPU time of the BitofGit process | %.1f s (the stand-in shares the same 2 cores) |%n",
                    first.cpuSeconds);
            System.out.printf(Locale.ROOT, "| first ingest: CPU time of the GitHub stand-in | %.1f s |%n", firstStandInCpu);
            System.out.printf(Locale.ROOT, "| first ingest: exit / summary | %d / %s |%n", first.exitCode, first.summary);
            System.out.printf(Locale.ROOT, "| first ingest: the ingest part (until the job's summary line) | %.1f s, peak RSS %d MB |%n",
                    first.ingestSeconds, first.ingestPeakRssKb / 1024);
            System.out.printf(Locale.ROOT, "| first ingest: with search by meaning's embedding after it | %.1f s (%.2f × the ingest part), peak RSS %d MB |%n",
                    first.seconds, first.seconds / first.ingestSeconds, first.peakRssKb / 1024);
            System.out.printf(Locale.ROOT, "| re-ingest unchanged: requests | %d |%n", secondRequests);
            System.out.printf(Locale.ROOT, "| re-ingest unchanged: wall time | %.2f s |%n", second.seconds);
        }
    }

    /** CPU time of this JVM (the stand-in) during the last run. */
    private static double standInCpuSeconds;

    /**
     * One run of `bitofgit ingest`: the whole process, and the ingest part of it — until the job's summary line,
     * after which the command embeds the new texts for search by meaning in the foreground before it exits.
     */
    private record Run(double seconds, long peakRssKb, int exitCode, String summary, double cpuSeconds,
                       double ingestSeconds, long ingestPeakRssKb) {
    }

    private static Run ingest(Path jar, String javaOptions, Path data, GitHubStandIn github, int concurrency)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (!javaOptions.isBlank()) {
            command.addAll(List.of(javaOptions.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString(), "ingest", "bench-user"));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("BITOFGIT_DATA_DIR", data.toString());
        builder.environment().put("GITHUB_API_URL", github.apiUrl());
        builder.environment().put("BITOFGIT_INGEST_CONCURRENCY", String.valueOf(concurrency));
        builder.environment().put("GITHUB_TOKEN", GitHubStandIn.READER_TOKEN); // GitHub needs a token, even for public data
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Path out = Files.createTempFile("bench-out", ".txt");
        builder.redirectOutput(out.toFile());
        long start = System.nanoTime();
        Duration ownCpuBefore = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
        Process process = builder.start();
        long peak = 0;
        double cpu = 0;
        double ingestSeconds = -1;
        long ingestPeak = 0;
        int samples = 0;
        Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
        while (process.isAlive()) {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmHWM:") || line.startsWith("VmRSS:")) {
                        peak = Math.max(peak, Long.parseLong(line.replaceAll("[^0-9]", "")));
                    }
                }
                cpu = process.info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(cpu);
            } catch (IOException ignored) {
                // the process just exited
            }
            if (ingestSeconds < 0 && ++samples % 10 == 0 && Files.readString(out).contains(" stored, ")) {
                ingestSeconds = (System.nanoTime() - start) / 1e9;
                ingestPeak = peak;
            }
            Thread.sleep(20);
        }
        int exit = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        standInCpuSeconds = (ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO)
                .minus(ownCpuBefore)).toMillis() / 1000.0;
        String summary = String.join(" ", Files.readAllLines(out)).trim();
        return new Run(seconds, peak, exit, summary, cpu, ingestSeconds < 0 ? seconds : ingestSeconds,
                ingestSeconds < 0 ? peak : ingestPeak);
    }
}
