package dev.bitofgit.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Generates realistic GitHub accounts from a {@link DemoSpec}: repositories in several stacks with file trees
 * that make signal detection meaningful, and commit histories with weekday/hour rhythms, gaps and streaks.
 *
 * <p>Determinism matters more than realism: everything is drawn from one {@link SplittableRandom} per repo,
 * split from the spec's seed in a fixed order, so the same spec always yields the same account and the
 * 150,000-commit benchmark account is generated in about a second.
 */
public final class DemoAccountGenerator {

    private record Collaborator(String name, String email, String login) {
    }

    private static final List<String> BASE_NAMES = List.of(
            "api-gateway", "dotfiles", "ml-experiments", "raytracer", "url-shortener", "personal-blog",
            "kafka-playground", "advent-of-code", "homelab-scripts", "petstore-service", "react-dashboard",
            "data-pipeline", "weather-cli", "chat-server", "budget-tracker", "image-resizer", "markdown-notes",
            "k8s-operator", "log-analyzer", "recipe-app", "terraform-modules", "game-of-life", "pdf-toolkit",
            "graphql-gateway", "sensor-hub", "invoice-generator", "feature-flags", "task-queue", "link-checker",
            "portfolio-site");

    private static final List<String> LANGUAGE_ROTATION = List.of(
            "Java", "Python", "TypeScript", "Go", "Rust", "Python", "JavaScript", "Shell", "Java", "TypeScript",
            "Go", "Python", "Kotlin", "Rust", "Java");

    private static final List<String> VERBS = List.of(
            "Add", "Fix", "Update", "Refactor", "Remove", "Improve", "Implement", "Handle", "Support", "Simplify");
    private static final List<String> THINGS = List.of(
            "pagination", "retry logic", "config loading", "error messages", "caching", "logging", "auth flow",
            "CLI flags", "database migrations", "rate limiting", "input validation", "CSV export", "dark mode",
            "date parsing", "connection pool", "unit tests", "README", "CI workflow", "Docker image", "metrics");
    private static final List<String> CONVENTIONAL = List.of("feat", "fix", "docs", "refactor", "test", "chore", "perf");

    private static final List<Collaborator> COLLABORATORS = List.of(
            new Collaborator("Mona Lisa", "mona@example.org", "monalisa"),
            new Collaborator("Hubot", "hubot@example.org", "hubot"),
            new Collaborator("Ada Byte", "ada.byte@example.net", "adabyte"),
            new Collaborator("Linus Branch", "linus.branch@example.com", "linusbranch"));

    private DemoAccountGenerator() {
    }

    public static DemoAccount generate(DemoSpec spec) {
        SplittableRandom root = new SplittableRandom(spec.seed());
        long accountId = 1_000_000L + Math.floorMod(spec.seed(), 9_000_000L);
        String login = spec.login();
        String ownerName = displayName(login);
        List<String> emails = List.of(
                login.toLowerCase(Locale.ROOT) + "@users.noreply.github.com",
                login.toLowerCase(Locale.ROOT).replace("-", ".") + "@example.com");
        Instant end = spec.endDate().atTime(18, 0).toInstant(ZoneOffset.UTC);
        Instant start = spec.endDate().minusYears(spec.years()).atStartOfDay().toInstant(ZoneOffset.UTC);

        double[] weights = new double[spec.repoCount()];
        double totalWeight = 0;
        SplittableRandom weightRandom = root.split();
        for (int i = 0; i < weights.length; i++) {
            // A few busy repos and a long tail, as in real accounts.
            weights[i] = Math.pow(weightRandom.nextDouble(0.05, 1.0), 2.2) + 0.02;
            totalWeight += weights[i];
        }
        List<DemoRepo> repos = new ArrayList<>();
        int assigned = 0;
        for (int i = 0; i < spec.repoCount(); i++) {
            int commits = i == spec.repoCount() - 1
                    ? Math.max(1, spec.commitTarget() - assigned)
                    : Math.max(1, (int) Math.round(spec.commitTarget() * weights[i] / totalWeight));
            if (assigned + commits > spec.commitTarget() && i != spec.repoCount() - 1) {
                commits = Math.max(1, spec.commitTarget() - assigned - (spec.repoCount() - 1 - i));
            }
            assigned += commits;
            repos.add(repo(root.split(), spec, i, accountId, login, ownerName, emails, commits, start, end));
        }
        return new DemoAccount(accountId, login, ownerName,
                "Software engineer. Builds backends, CLIs and the occasional game.", emails,
                start.minus(200, ChronoUnit.DAYS), repos,
                DemoWorkGenerator.elsewhere(spec.seed(), login, Math.max(3, spec.repoCount() / 5), start, end));
    }

    private static DemoRepo repo(SplittableRandom random, DemoSpec spec, int index, long accountId, String login,
                                 String ownerName, List<String> emails, int commitCount, Instant start, Instant end) {
        String name = index < BASE_NAMES.size()
                ? BASE_NAMES.get(index)
                : BASE_NAMES.get(index % BASE_NAMES.size()) + "-" + (index / BASE_NAMES.size() + 1);
        String language = LANGUAGE_ROTATION.get(index % LANGUAGE_ROTATION.size());
        boolean fork = index == 7;
        boolean archived = index == 5 || (index > 25 && random.nextInt(12) == 0);
        boolean isPrivate = index == 3 || index == 12 || (index > 25 && random.nextInt(10) == 0);
        DemoStacks.Stack stack = DemoStacks.of(language, name, random);

        long spanSeconds = end.getEpochSecond() - start.getEpochSecond();
        // Repos start anywhere in the window; the most recent ones are younger.
        Instant created = Instant.ofEpochSecond(start.getEpochSecond()
                + (long) (spanSeconds * random.nextDouble(0.0, 0.85)));
        Instant lastActivity;
        if (archived) {
            lastActivity = created.plusSeconds((long) ((end.getEpochSecond() - created.getEpochSecond())
                    * random.nextDouble(0.2, 0.5)));
        } else if (index < 6 || random.nextInt(3) > 0) {
            lastActivity = end.minus(random.nextInt(0, 20), ChronoUnit.DAYS);
        } else {
            lastActivity = end.minus(random.nextInt(120, 600), ChronoUnit.DAYS);
            if (lastActivity.isBefore(created.plus(10, ChronoUnit.DAYS))) {
                lastActivity = created.plus(30, ChronoUnit.DAYS);
            }
        }

        List<String> files = new ArrayList<>(stack.sourceFiles());
        Map<String, String> contents = new LinkedHashMap<>(stack.manifests());
        files.addAll(stack.manifests().keySet());
        boolean tests = random.nextInt(10) < 6;
        if (tests) {
            files.addAll(stack.testFiles());
        }
        boolean ci = random.nextInt(10) < 5;
        if (ci) {
            files.add(random.nextInt(6) == 0 ? ".gitlab-ci.yml" : ".github/workflows/ci.yml");
        }
        boolean docker = random.nextInt(10) < 4;
        if (docker) {
            files.add("Dockerfile");
            if (random.nextBoolean()) {
                files.add("docker-compose.yml");
            }
        }
        boolean license = random.nextInt(10) < 7;
        Optional<String> spdx = license ? Optional.of(random.nextInt(3) == 0 ? "Apache-2.0" : "MIT") : Optional.empty();
        if (license) {
            files.add("LICENSE");
        }
        if (random.nextInt(10) < 3) {
            files.add("CONTRIBUTING.md");
        }
        if (random.nextInt(10) < 2) {
            files.add("CODE_OF_CONDUCT.md");
        }
        if (random.nextInt(10) < 2) {
            files.add("SECURITY.md");
        }
        if (random.nextInt(10) < 3) {
            files.add(".pre-commit-config.yaml");
        }
        if (random.nextInt(10) < 3) {
            files.add("Makefile");
        }
        if (random.nextInt(10) < 3) {
            files.add("CHANGELOG.md");
        }
        if (random.nextInt(10) < 2) {
            files.add(".github/ISSUE_TEMPLATE/bug_report.md");
            files.add(".github/PULL_REQUEST_TEMPLATE.md");
        }
        if (random.nextInt(10) < 3) {
            files.add("docs/index.md");
        }
        if (random.nextInt(10) < 4) {
            files.add(DemoStacks.lintFileFor(language));
        }
        files.add(".gitignore");
        String description = DemoStacks.description(name, language);
        boolean readme = random.nextInt(20) != 0;
        Optional<String> readmePath = Optional.empty();
        if (readme) {
            readmePath = Optional.of("README.md");
            files.add("README.md");
            contents.put("README.md", DemoStacks.readme(name, description, stack, ci, docker, tests));
        }
        files.sort(String::compareTo);

        Map<String, Long> languageBytes = new LinkedHashMap<>();
        long totalBytes = 20_000L + random.nextLong(0, 900_000L);
        stack.languageMix().forEach((lang, share) -> languageBytes.put(lang, Math.max(120L, Math.round(totalBytes * share))));

        List<DemoCommit> commits = commits(random, name, login, ownerName, emails, commitCount, created,
                lastActivity, fork);
        Instant pushed = commits.isEmpty() ? created : commits.get(0).committedAt().toInstant();
        // Private repositories cannot be starred or forked by strangers.
        int stars = isPrivate ? 0 : (int) Math.round(Math.pow(random.nextDouble(), 3) * (index < 5 ? 400 : 60));
        // Drawn in the order the earlier single constructor call drew them, so every account stays as it was.
        String defaultBranch = random.nextInt(8) == 0 ? "master" : "main";
        Instant updated = pushed.plusSeconds(random.nextInt(0, 3600));
        int forks = isPrivate ? 0 : stars / 6 + random.nextInt(0, 3);
        int openTarget = random.nextInt(0, 12);
        long repoId = 2_000_000_000L + accountId * 1_000 + index;
        DemoWorkGenerator.Work work = DemoWorkGenerator.repo(spec.seed(), repoId, login, name, fork, commitCount,
                created, pushed, end, openTarget);
        return new DemoRepo(repoId, name, description, isPrivate, fork, archived, defaultBranch, created, updated,
                pushed, stars, forks, stars, work.open(), (int) (totalBytes / 700),
                stack.topics(), spdx, Optional.of(language), languageBytes, files, contents, readmePath, commits,
                work.pullRequests(), work.issues());
    }

    private static List<DemoCommit> commits(SplittableRandom random, String repoName, String login, String ownerName,
                                            List<String> emails, int count, Instant created, Instant last,
                                            boolean fork) {
        long days = Math.max(1, ChronoUnit.DAYS.between(created, last));
        double perActiveDay = 1.0 + random.nextDouble(0.5, 3.5);
        double activeDays = Math.max(1, count / perActiveDay);
        double meanGap = Math.max(1.0, days / activeDays);
        ZoneOffset offset = ZoneOffset.ofHours(random.nextInt(4) == 0 ? -5 : (random.nextBoolean() ? 1 : 2));
        List<DemoCommit> oldestFirst = new ArrayList<>(count);
        LocalDate day = LocalDate.ofInstant(created, offset);
        LocalDate lastDay = LocalDate.ofInstant(last, offset);
        int prNumber = 1;
        // Upstream commits of a fork come first: someone else's work, before the user forked it.
        int upstream = fork ? count * 2 / 3 : 0;
        while (oldestFirst.size() < count) {
            int today = 1 + (int) Math.min(8, Math.floor(-Math.log(1 - random.nextDouble()) * (perActiveDay - 0.5)));
            int hour = clampHour((int) Math.round(random.nextDouble() * 11 + 9 + (random.nextInt(5) == 0 ? 6 : 0)));
            for (int k = 0; k < today && oldestFirst.size() < count; k++) {
                int minute = random.nextInt(60);
                LocalDateTime when = day.atTime(Math.min(23, hour + k), minute, random.nextInt(60));
                OffsetDateTime authored = when.atOffset(offset);
                boolean isUpstream = oldestFirst.size() < upstream;
                Collaborator collaborator = COLLABORATORS.get(random.nextInt(COLLABORATORS.size()));
                boolean byOwner = !isUpstream && random.nextInt(100) < 82;
                String authorName = byOwner ? ownerName : collaborator.name();
                String authorEmail = byOwner ? emails.get(random.nextInt(emails.size())) : collaborator.email();
                // Some commits carry no GitHub login (an email GitHub does not know): ownership then rests on the email.
                Optional<String> authorLogin = byOwner
                        ? (random.nextInt(10) == 0 ? Optional.empty() : Optional.of(login))
                        : Optional.of(collaborator.login());
                boolean merge = !byOwner || random.nextInt(14) == 0 ? random.nextInt(6) == 0 : false;
                String message;
                if (merge) {
                    message = "Merge pull request #" + prNumber++ + " from " + collaborator.login() + "/"
                            + slug(THINGS.get(random.nextInt(THINGS.size()))) + "\n\n" + message(random, repoName);
                } else {
                    message = message(random, repoName);
                }
                int additions = (int) Math.min(4_000, Math.floor(Math.exp(random.nextDouble() * 5.5)));
                int deletions = (int) Math.min(3_000, Math.floor(Math.exp(random.nextDouble() * 4.5)) - 1);
                int changed = 1 + Math.min(40, (additions + deletions) / 60 + random.nextInt(3));
                OffsetDateTime committed = authored.plusMinutes(random.nextInt(5) == 0 ? random.nextInt(1, 600) : 0);
                oldestFirst.add(new DemoCommit(sha(random), merge ? 2 : 1, authorName, authorEmail, authorLogin,
                        authored, committed, message, additions, Math.max(0, deletions), changed));
            }
            day = nextActiveDay(random, day, meanGap);
            if (day.isAfter(lastDay)) {
                day = lastDay;
            }
        }
        oldestFirst.sort((a, b) -> a.committedAt().toInstant().compareTo(b.committedAt().toInstant()));
        List<DemoCommit> newestFirst = new ArrayList<>(oldestFirst.size());
        for (int i = oldestFirst.size() - 1; i >= 0; i--) {
            newestFirst.add(oldestFirst.get(i));
        }
        return newestFirst;
    }

    private static LocalDate nextActiveDay(SplittableRandom random, LocalDate day, double meanGap) {
        double roll = random.nextDouble();
        long gap;
        if (roll < 0.04) {
            gap = (long) (meanGap * random.nextDouble(4, 12)); // a holiday, a busy month elsewhere
        } else if (roll < 0.45) {
            gap = 1; // streaks
        } else {
            gap = Math.max(1, Math.round(-Math.log(1 - random.nextDouble()) * meanGap));
        }
        LocalDate next = day.plusDays(gap);
        // Weekends are quieter: most weekend days slide to Monday.
        if ((next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY)
                && random.nextInt(10) < 7) {
            next = next.plusDays(next.getDayOfWeek() == DayOfWeek.SATURDAY ? 2 : 1);
        }
        return next;
    }

    private static String message(SplittableRandom random, String repoName) {
        String thing = THINGS.get(random.nextInt(THINGS.size()));
        int style = random.nextInt(10);
        if (style < 4) {
            String type = CONVENTIONAL.get(random.nextInt(CONVENTIONAL.size()));
            String verb = VERBS.get(random.nextInt(VERBS.size())).toLowerCase(Locale.ROOT);
            return type + ": " + verb + " " + thing;
        }
        if (style < 8) {
            String subject = VERBS.get(random.nextInt(VERBS.size())) + " " + thing;
            if (random.nextInt(3) == 0) {
                return subject + "\n\nThe old behaviour in " + repoName + " broke when the input was empty."
                        + " This keeps the previous defaults.";
            }
            return subject;
        }
        if (style == 8) {
            String dependency = List.of("jackson", "lodash", "requests", "serde", "junit", "cobra")
                    .get(random.nextInt(6));
            return "chore(deps): bump " + dependency + " from 1." + random.nextInt(9) + ".0 to 1."
                    + (9 + random.nextInt(9)) + ".0";
        }
        return List.of("wip", "typo", "Fix typo in README", "Release v" + (1 + random.nextInt(3)) + "."
                + random.nextInt(10) + ".0", "fix flaky test", "Initial commit").get(random.nextInt(6));
    }

    private static int clampHour(int hour) {
        return Math.max(7, Math.min(23, hour));
    }

    private static String sha(SplittableRandom random) {
        byte[] bytes = new byte[20];
        new Random(random.nextLong()).nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static String displayName(String login) {
        String[] parts = login.split("-");
        StringBuilder name = new StringBuilder();
        for (String part : parts) {
            if (!part.isEmpty()) {
                name.append(name.length() == 0 ? "" : " ")
                        .append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.toString();
    }
}
