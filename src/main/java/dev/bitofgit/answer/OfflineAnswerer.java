package dev.bitofgit.answer;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.tools.ToolCatalog;
import dev.bitofgit.tools.ToolContext;
import dev.bitofgit.tools.ToolException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The default answerer: a deterministic planner that understands the questions people ask about their GitHub work,
 * calls one or more catalog tools, and writes the answer from their results only. When it does not understand, it
 * says so and offers three questions it can answer for this account.
 */
public final class OfflineAnswerer implements Answerer {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ToolCatalog catalog;
    private final Clock clock;

    public OfflineAnswerer(ToolCatalog catalog, Clock clock) {
        this.catalog = requireNonNull(catalog, "catalog == null");
        this.clock = requireNonNull(clock, "clock == null");
    }

    /** Records every tool call of one answer. */
    private final class Calls {
        final List<ToolCall> calls = new ArrayList<>();
        final String username;
        final ToolContext context;

        Calls(String username, ToolContext context) {
            this.username = username;
            this.context = context;
        }

        JsonNode call(String tool, ObjectNode arguments) {
            arguments.put("username", username);
            JsonNode result = catalog.call(tool, arguments, context);
            calls.add(new ToolCall(tool, arguments, result));
            return result;
        }

        /** A lookup that only resolves names; it is not a fact source, so it is not listed. */
        JsonNode lookup(String tool, ObjectNode arguments) {
            arguments.put("username", username);
            return catalog.call(tool, arguments, context);
        }
    }

    @Override
    public Answer answer(String username, String question, Answer.Memory memory, ToolContext context) {
        Calls calls = new Calls(username, context);
        List<String> repoNames = repoNames(calls);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        ParsedQuestion parsed = QuestionParser.parse(question, repoNames, today);
        parsed = resolveFollowUp(parsed, memory);
        try {
            return plan(parsed, calls, repoNames, today);
        } catch (ToolException e) {
            return new Answer("I could not answer that: " + e.getMessage(), "offline", Optional.empty(), calls.calls,
                    Optional.empty(), starterQuestions(repoNames), Answer.Memory.empty());
        }
    }

    /** Follow-ups: "and that repo?", "how many commits does it have?", "what about last year?". */
    private static ParsedQuestion resolveFollowUp(ParsedQuestion parsed, Answer.Memory memory) {
        ParsedQuestion result = parsed;
        if (result.repo().isEmpty() && memory.repo().isPresent()
                && (result.mentionsIt() || (result.intent().needsRepo() && !result.latestProject()))) {
            result = result.withRepo(memory.repo());
        }
        if (result.intent() == Intent.UNKNOWN && memory.intent().isPresent()
                && (result.range().isPresent() || result.repo().isPresent())) {
            Intent previous = Intent.valueOf(memory.intent().get());
            result = result.withIntent(previous);
            if (result.repo().isEmpty() && memory.repo().isPresent() && previous.needsRepo()) {
                result = result.withRepo(memory.repo());
            }
        }
        if (result.intent() == Intent.UNKNOWN && result.mentionsIt() && result.repo().isPresent()) {
            result = result.withIntent(Intent.REPO_ABOUT);
        }
        return result;
    }

    private Answer plan(ParsedQuestion q, Calls calls, List<String> repoNames, LocalDate today) {
        return switch (q.intent()) {
            case GREETING, HELP -> greeting(calls, repoNames);
            case SUMMARY -> summary(q, calls);
            case LANGUAGE_REPOS -> languageRepos(q, calls);
            case TECH_STACKS -> techStacks(q, calls);
            case LANGUAGES_MOST -> languagesMost(q, calls);
            case CI -> signal(q, calls, "has_ci", "CI/CD", "ci_systems");
            case TESTS -> signal(q, calls, "has_tests", "tests", "test_frameworks");
            case DOCKER -> signal(q, calls, "has_docker", "Docker", null);
            case LICENSE -> signal(q, calls, "has_license", "a license", null);
            case GOOD_PRACTICES -> goodPractices(q, calls);
            case MOST_ACTIVE -> mostActive(q, calls);
            case WORKED_ON -> workedOn(q, calls, today);
            case COMMIT_COUNT -> commitCount(q, calls);
            case LAST_COMMIT -> lastCommit(q, calls, repoNames);
            case LAST_COMMITS -> lastCommits(q, calls, repoNames);
            case REPO_ABOUT -> q.repo().isPresent() ? repoAbout(q, calls) : needRepo(q, repoNames, "describe");
            case REPO_STACK -> repoStack(q, calls, repoNames);
            case STALE_REPOS -> staleRepos(q, calls, today);
            case STREAK -> streak(q, calls);
            case WEEKDAY -> weekday(q, calls);
            case HOUR -> hour(q, calls);
            case SEARCH_COMMITS -> searchCommits(q, calls);
            case CONTRIBUTORS -> contributors(q, calls, repoNames);
            case STARS -> stars(q, calls);
            case LIST_REPOS -> listRepos(calls);
            case FORKS -> forks(q, calls, true);
            case ARCHIVED -> forks(q, calls, false);
            case README_SEARCH -> readmeSearch(q, calls);
            case UNKNOWN -> unknown(calls, repoNames);
        };
    }

    // ------------------------------------------------------------------ intents

    private Answer greeting(Calls calls, List<String> repoNames) {
        return answer("Hi! I answer questions about **" + calls.username + "**'s GitHub work from the ingested "
                + "repositories and commits: languages and tech stacks, CI, tests and Docker, activity over time, "
                + "streaks, and what a repository is about. Try one of the suggestions below.", calls, Optional.empty(),
                starterQuestions(repoNames), memory(Intent.GREETING, Optional.empty(), Optional.empty()));
    }

    private Answer unknown(Calls calls, List<String> repoNames) {
        return answer("I did not understand that question. I can answer questions about languages, tech stacks, CI, "
                + "tests, Docker, activity over time, streaks, commits and individual repositories — for example:",
                calls, Optional.empty(), starterQuestions(repoNames), Answer.Memory.empty());
    }

    private Answer needRepo(ParsedQuestion q, List<String> repoNames, String verb) {
        return new Answer("Which repository should I " + verb + "? Name one, for example **"
                + (repoNames.isEmpty() ? "my-repo" : repoNames.get(0)) + "**.", "offline", Optional.empty(), List.of(),
                Optional.empty(), starterQuestions(repoNames), memory(q.intent(), Optional.empty(), q.range()));
    }

    private Answer summary(ParsedQuestion q, Calls calls) {
        JsonNode s = calls.call("get_account_summary", args());
        JsonNode repos = s.get("repos");
        JsonNode commits = s.get("commits");
        StringBuilder text = new StringBuilder();
        text.append("**").append(s.get("username").asString()).append("**");
        if (s.hasNonNull("name")) {
            text.append(" (").append(s.get("name").asString()).append(")");
        }
        text.append(" has **").append(repos.get("total").asInt()).append(" repositories** (")
                .append(repos.get("public").asInt()).append(" public, ").append(repos.get("private").asInt())
                .append(" private, ").append(plural(repos.get("forks").asInt(), "fork")).append(", ")
                .append(repos.get("archived").asInt()).append(" archived) with **").append(commits.get("total").asLong())
                .append(" commits**, ").append(commits.get("own").asLong()).append(" of them their own, on ")
                .append(commits.get("active_days").asLong()).append(" active days");
        if (commits.hasNonNull("first_commit_at")) {
            text.append(" between ").append(day(commits.get("first_commit_at"))).append(" and ")
                    .append(day(commits.get("last_commit_at")));
        }
        text.append(". Total stars: **").append(s.get("stars").asLong()).append("**.\n\n");
        text.append("Top repositories by own commits: ").append(join(s.get("top_repos"), r ->
                "**" + r.get("name").asString() + "** (" + r.get("own_commits").asLong() + ")")).append(".\n\n");
        text.append("Main languages (by repos): ").append(join(s.get("top_languages"), l ->
                l.get("language").asString() + " (" + l.get("repos").asLong() + ")")).append(".\n\n");
        JsonNode coverage = s.get("coverage");
        text.append("Engineering: ").append(coverage.get("ci").asLong()).append(" repos with CI, ")
                .append(coverage.get("tests").asLong()).append(" with tests, ").append(coverage.get("docker").asLong())
                .append(" with Docker, ").append(coverage.get("license").asLong()).append(" with a license.");
        String top = s.get("top_repos").isEmpty() ? null : s.get("top_repos").get(0).get("name").asString();
        return answer(text.toString(), calls, Optional.empty(), top == null ? List.of() : List.of(
                        "What is " + top + " about?", "What did I work on last month?", "Which languages do I use most?"),
                memory(Intent.SUMMARY, Optional.ofNullable(top), Optional.empty()));
    }

    private Answer languageRepos(ParsedQuestion q, Calls calls) {
        String wanted = q.language().or(q::technology).orElseThrow();
        JsonNode matches;
        if (q.language().isPresent()) {
            matches = calls.call("list_repos", args().put("language", wanted).put("limit", 100)).get("repos");
        } else {
            matches = calls.call("query_repos_by_signals", args().put("tech_stack", wanted).put("limit", 100)).get("repos");
        }
        List<String> names = names(matches, "name");
        String text = names.isEmpty() ? "None of your repositories use " + wanted + "."
                : "**" + names.size() + "** of your repositories use " + wanted + ": " + bold(names) + ".";
        return answer(text, calls, Optional.empty(), names.isEmpty() ? List.of("Which languages do I use most?")
                        : List.of("What is " + names.get(0) + " about?", "Which tech stacks do I work with most?"),
                memory(Intent.LANGUAGE_REPOS, names.size() == 1 ? Optional.of(names.get(0)) : Optional.empty(), q.range()));
    }

    private Answer techStacks(ParsedQuestion q, Calls calls) {
        JsonNode metrics = calls.call("aggregate_repo_metrics", args());
        List<String> languages = new ArrayList<>();
        metrics.get("languages").properties().forEach(e -> languages.add(e.getKey() + " (" + e.getValue().asLong() + ")"));
        List<String> frameworks = new ArrayList<>();
        metrics.get("technologies").properties().forEach(e -> frameworks.add(e.getKey() + " (" + e.getValue().asLong() + ")"));
        String text = "Your most used stack, by number of repositories: languages " + String.join(", ", languages.stream().limit(6).toList())
                + "; technologies " + String.join(", ", frameworks.stream().limit(10).toList()) + ".";
        return answer(text, calls, chartFromObject("bar", "Repositories per technology", "repos", metrics.get("technologies"), 10),
                List.of("Which of my projects use Python?", "Which languages do I use most?", "Do I use Docker anywhere?"),
                memory(Intent.TECH_STACKS, Optional.empty(), Optional.empty()));
    }

    private Answer languagesMost(ParsedQuestion q, Calls calls) {
        JsonNode breakdown = calls.call("get_language_breakdown", args());
        List<String> byBytes = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (JsonNode item : breakdown.get("by_bytes")) {
            if (byBytes.size() < 6) {
                byBytes.add(item.get("language").asString() + " " + item.get("percent").asDouble() + "%");
            }
            labels.add(item.get("language").asString());
            values.add(item.get("bytes").asLong());
        }
        List<String> byRepos = new ArrayList<>();
        breakdown.get("by_repos").forEach(item -> byRepos.add(item.get("language").asString() + " (" + item.get("repos").asLong() + ")"));
        String top = breakdown.get("by_bytes").isEmpty() ? "nothing yet" : breakdown.get("by_bytes").get(0).get("language").asString();
        String text = "You use **" + top + "** most. By bytes of code: " + String.join(", ", byBytes)
                + ". As the primary language of repositories: " + String.join(", ", byRepos.stream().limit(6).toList()) + ".";
        return answer(text, calls, Optional.of(new Chart("bar", "Bytes of code per language", "bytes",
                        labels.subList(0, Math.min(10, labels.size())), values.subList(0, Math.min(10, values.size())))),
                List.of("Which of my projects use " + top + "?", "Which tech stacks do I work with most?"),
                memory(Intent.LANGUAGES_MOST, Optional.empty(), Optional.empty()));
    }

    private Answer signal(ParsedQuestion q, Calls calls, String flag, String what, String detailField) {
        if (q.repo().isPresent()) {
            JsonNode overview = calls.call("get_repo_overview", args().put("repo", q.repo().get()));
            JsonNode signals = overview.get("signals");
            boolean has = signals != null && signals.get(flag).asBoolean();
            String detail = detailField != null && signals != null && !signals.get(detailField).isEmpty()
                    ? " (" + String.join(", ", texts(signals.get(detailField))) + ")" : "";
            return answer("**" + overview.get("name").asString() + "** " + (has ? "has " + what + detail : "has no " + what)
                    + ".", calls, Optional.empty(), List.of("Which repos have tests?", "Which projects follow good engineering practices?"),
                    memory(q.intent(), Optional.of(overview.get("name").asString()), q.range()));
        }
        JsonNode result = calls.call("query_repos_by_signals", args().put(flag, true).put("limit", 100));
        List<String> names = names(result.get("repos"), "name");
        JsonNode metrics = detailField == null ? null : calls.call("aggregate_repo_metrics", args());
        StringBuilder text = new StringBuilder();
        if (names.isEmpty()) {
            text.append(q.yesNo() ? "No, none" : "None").append(" of your repositories has ").append(what).append(".");
        } else {
            text.append(q.yesNo() ? "Yes — **" : "**").append(names.size()).append("** of your repositories ").append(names.size() == 1 ? "has " : "have ")
                    .append(what).append(": ").append(bold(names)).append(".");
            if (metrics != null) {
                String field = detailField.equals("ci_systems") ? "ci_systems" : "test_frameworks";
                List<String> parts = new ArrayList<>();
                metrics.get(field).properties().forEach(e -> parts.add(e.getKey() + " in " + e.getValue().asLong()));
                if (!parts.isEmpty()) {
                    text.append(" ").append(detailField.equals("ci_systems") ? "CI systems: " : "Test frameworks: ")
                            .append(String.join(", ", parts)).append(".");
                }
            }
        }
        return answer(text.toString(), calls, Optional.empty(), List.of("Which projects follow good engineering practices?",
                "Do I use Docker anywhere?", "Which repos have tests?"), memory(q.intent(), Optional.empty(), q.range()));
    }

    private Answer goodPractices(ParsedQuestion q, Calls calls) {
        JsonNode result = calls.call("query_repos_by_signals", args().put("limit", 100));
        List<JsonNode> repos = new ArrayList<>();
        result.get("repos").forEach(repos::add);
        repos.sort((a, b) -> Integer.compare(total(b), total(a)) != 0 ? Integer.compare(total(b), total(a))
                : a.get("name").asString().compareToIgnoreCase(b.get("name").asString()));
        List<String> lines = new ArrayList<>();
        for (JsonNode repo : repos.subList(0, Math.min(5, repos.size()))) {
            JsonNode scores = repo.get("scores");
            lines.add("- **" + repo.get("name").asString() + "** — automation " + scores.get("automation").asInt()
                    + ", coding standards " + scores.get("coding_standards").asInt() + ", organization "
                    + scores.get("organization").asInt() + practices(repo));
        }
        String text = repos.isEmpty() ? "No repositories have been analysed yet."
                : "These follow the best engineering practices (scores 0–100):\n\n" + String.join("\n", lines);
        return answer(text, calls, Optional.empty(), repos.isEmpty() ? List.of() : List.of(
                        "What is " + repos.get(0).get("name").asString() + " about?", "Do I have CI/CD in any repo?"),
                memory(Intent.GOOD_PRACTICES, repos.isEmpty() ? Optional.empty() : Optional.of(repos.get(0).get("name").asString()),
                        Optional.empty()));
    }

    private static int total(JsonNode repo) {
        JsonNode scores = repo.get("scores");
        return scores.get("automation").asInt() + scores.get("coding_standards").asInt() + scores.get("organization").asInt();
    }

    private static String practices(JsonNode repo) {
        List<String> present = new ArrayList<>();
        if (repo.get("has_ci").asBoolean()) {
            present.add("CI");
        }
        if (repo.get("has_tests").asBoolean()) {
            present.add("tests");
        }
        if (repo.get("has_lint").asBoolean()) {
            present.add("lint");
        }
        if (repo.get("has_docker").asBoolean()) {
            present.add("Docker");
        }
        if (repo.get("has_license").asBoolean()) {
            present.add("license");
        }
        return present.isEmpty() ? "" : " (" + String.join(", ", present) + ")";
    }

    private Answer mostActive(ParsedQuestion q, Calls calls) {
        ObjectNode arguments = args().put("metric", "commits").put("limit", 5);
        range(arguments, q.range());
        JsonNode ranking = calls.call("rank_repos_by_activity", arguments).get("ranking");
        if (ranking.isEmpty()) {
            return answer("You made no commits " + label(q.range(), "at all") + ".", calls, Optional.empty(),
                    List.of("What is my longest commit streak?"), memory(Intent.MOST_ACTIVE, Optional.empty(), q.range()));
        }
        JsonNode top = ranking.get(0);
        String name = top.get("repo").asString();
        String text = "Your most active repository " + label(q.range(), "overall") + " is **" + name + "** with "
                + top.get("commits").asLong() + " of your commits on " + top.get("active_days").asLong()
                + " active days. Next: " + join(skip(ranking, 1), r -> r.get("repo").asString() + " (" + r.get("commits").asLong() + ")") + ".";
        return answer(text, calls, chartFromRanking(ranking, "Your commits per repository"),
                List.of("What is " + name + " about?", "Show the last 10 commits of " + name, "Who else contributes to " + name + "?"),
                memory(Intent.MOST_ACTIVE, Optional.of(name), q.range()));
    }

    private Answer workedOn(ParsedQuestion q, Calls calls, LocalDate today) {
        Optional<TimeRange> range = q.range().or(() -> Optional.of(new TimeRange(today.minusDays(29), today.plusDays(1),
                "in the last 30 days")));
        ObjectNode rankArguments = args().put("metric", "commits").put("limit", 5);
        range(rankArguments, range);
        JsonNode ranking = calls.call("rank_repos_by_activity", rankArguments).get("ranking");
        ObjectNode timelineArguments = args().put("limit", 5).put("own_only", true);
        range(timelineArguments, range);
        JsonNode commits = calls.call("get_commit_timeline", timelineArguments).get("commits");
        String when = range.get().label();
        if (ranking.isEmpty()) {
            return answer("You made no commits " + when + ".", calls, Optional.empty(),
                    List.of("What is my most active repository?", "When did I last commit?"), memory(Intent.WORKED_ON, Optional.empty(), range));
        }
        long total = 0;
        for (JsonNode r : ranking) {
            total += r.get("commits").asLong();
        }
        StringBuilder text = new StringBuilder("Here is what you worked on " + when + ": ");
        text.append(join(ranking, r -> "**" + r.get("repo").asString() + "** (" + r.get("commits").asLong() + " commits)"));
        text.append(" — ").append(total).append(" commits in the top ").append(ranking.size()).append(" repositories.\n\nLatest commits:\n");
        for (JsonNode commit : commits) {
            text.append("- ").append(commit.get("date").asString(), 0, 10).append(" **").append(commit.get("repo").asString())
                    .append("**: ").append(commit.get("message").asString()).append('\n');
        }
        String top = ranking.get(0).get("repo").asString();
        return answer(text.toString().trim(), calls, chartFromRanking(ranking, "Commits " + when),
                List.of("What is " + top + " about?", "How many commits did I make " + when + "?", "What about the month before?"),
                memory(Intent.WORKED_ON, Optional.of(top), range));
    }

    private Answer commitCount(ParsedQuestion q, Calls calls) {
        ObjectNode arguments = args().put("group_by", q.range().isPresent() ? "month" : "year");
        q.repo().ifPresent(repo -> arguments.put("repo", repo));
        range(arguments, q.range());
        JsonNode activity = calls.call("get_activity_summary", arguments);
        String where = q.repo().map(r -> " to **" + r + "**").orElse("");
        String text = "You made **" + activity.get("own_commits").asLong() + " commits**" + where + " "
                + label(q.range(), "in total") + " (" + activity.get("commits").asLong() + " including collaborators), on "
                + activity.get("active_days").asLong() + " active days, adding " + activity.get("additions").asLong()
                + " and deleting " + activity.get("deletions").asLong() + " lines.";
        return answer(text, calls, chartFromSeries(activity.get("series"), "Commits " + label(q.range(), "per year")),
                List.of("What did I work on " + q.range().map(TimeRange::label).orElse("last month") + "?",
                        "What is my longest commit streak?", "What about last year?"),
                memory(Intent.COMMIT_COUNT, q.repo(), q.range()));
    }

    private Answer lastCommit(ParsedQuestion q, Calls calls, List<String> repoNames) {
        ObjectNode arguments = args().put("limit", 1).put("own_only", true);
        q.repo().ifPresent(repo -> arguments.put("repo", repo));
        JsonNode commits = calls.call("get_commit_timeline", arguments).get("commits");
        String where = q.repo().map(r -> " to **" + r + "**").orElse("");
        if (commits.isEmpty()) {
            return answer("You have no commits" + where + ".", calls, Optional.empty(), starterQuestions(repoNames),
                    memory(Intent.LAST_COMMIT, q.repo(), Optional.empty()));
        }
        JsonNode commit = commits.get(0);
        String text = "Your last commit" + where + " was on **" + commit.get("date").asString().substring(0, 10) + "** ("
                + commit.get("date").asString() + ") in **" + commit.get("repo").asString() + "**: \""
                + commit.get("message").asString() + "\" (`" + commit.get("sha").asString().substring(0, 7) + "`).";
        String repo = commit.get("repo").asString();
        return answer(text, calls, Optional.empty(), List.of("Show the last 10 commits of " + repo, "What is " + repo + " about?"),
                memory(Intent.LAST_COMMIT, Optional.of(repo), Optional.empty()));
    }

    private Answer lastCommits(ParsedQuestion q, Calls calls, List<String> repoNames) {
        int count = Math.min(50, Math.max(1, q.count().orElse(10)));
        ObjectNode arguments = args().put("limit", count);
        q.repo().ifPresent(repo -> arguments.put("repo", repo));
        range(arguments, q.range());
        JsonNode commits = calls.call("get_commit_timeline", arguments).get("commits");
        String where = q.repo().map(r -> " of **" + r + "**").orElse(" across your repositories");
        StringBuilder text = new StringBuilder("The last " + commits.size() + " commits" + where + ":\n\n");
        for (JsonNode commit : commits) {
            text.append("- `").append(commit.get("sha").asString(), 0, 7).append("` ").append(commit.get("date").asString(), 0, 10)
                    .append(q.repo().isPresent() ? "" : " **" + commit.get("repo").asString() + "**")
                    .append(" ").append(commit.get("author").asString()).append(": ").append(commit.get("message").asString())
                    .append(" (+").append(commit.get("additions").asLong()).append("/-").append(commit.get("deletions").asLong()).append(")\n");
        }
        return answer(text.toString().trim(), calls, Optional.empty(),
                q.repo().map(r -> List.of("Who else contributes to " + r + "?", "What is " + r + " about?",
                        "How many commits does it have?")).orElse(starterQuestions(repoNames)),
                memory(Intent.LAST_COMMITS, q.repo(), q.range()));
    }

    private Answer repoAbout(ParsedQuestion q, Calls calls) {
        JsonNode overview = calls.call("get_repo_overview", args().put("repo", q.repo().get()));
        String name = overview.get("name").asString();
        StringBuilder text = new StringBuilder("**" + name + "**");
        text.append(overview.hasNonNull("description") ? ": " + overview.get("description").asString() + "." : " has no description.");
        List<String> languages = new ArrayList<>();
        overview.get("languages").forEach(l -> languages.add(l.get("language").asString() + " " + l.get("percent").asDouble() + "%"));
        text.append("\n\n- Languages: ").append(languages.isEmpty() ? "none detected" : String.join(", ", languages));
        if (!overview.get("technologies").isEmpty()) {
            text.append("\n- Tech stack: ").append(String.join(", ", texts(overview.get("technologies"))));
        }
        JsonNode commits = overview.get("commits");
        text.append("\n- ").append(commits.get("total").asLong()).append(" commits (").append(commits.get("own").asLong())
                .append(" yours)");
        if (commits.hasNonNull("first_commit_at")) {
            text.append(", from ").append(day(commits.get("first_commit_at"))).append(" to ").append(day(commits.get("last_commit_at")));
        }
        text.append("\n- ").append(overview.get("stars").asLong()).append(" stars, ").append(overview.get("forks").asLong()).append(" forks")
                .append(overview.get("fork").asBoolean() ? "; a fork" : "").append(overview.get("archived").asBoolean() ? "; archived" : "");
        if (overview.hasNonNull("readme")) {
            String readme = overview.get("readme").get("text").asString();
            String firstParagraph = readme.replaceAll("(?m)^#.*$", "").trim().split("\n\\s*\n")[0].trim();
            if (!firstParagraph.isEmpty()) {
                text.append("\n\nFrom the README (quoted, not verified): > ").append(firstParagraph.replace("\n", " "));
            }
        }
        return answer(text.toString(), calls, Optional.empty(), List.of("Show the last 10 commits of " + name,
                        "Who else contributes to " + name + "?", "Does " + name + " have tests?"),
                memory(Intent.REPO_ABOUT, Optional.of(name), q.range()));
    }

    private Answer repoStack(ParsedQuestion q, Calls calls, List<String> repoNames) {
        Optional<String> repo = q.repo();
        String intro = "";
        if (q.latestProject() || repo.isEmpty()) {
            JsonNode latest = calls.call("list_repos", args().put("sort", "created").put("include_forks", false).put("limit", 1))
                    .get("repos");
            if (latest.isEmpty()) {
                return answer("You have no repositories yet.", calls, Optional.empty(), List.of(), Answer.Memory.empty());
            }
            repo = Optional.of(latest.get(0).get("name").asString());
            intro = "Your latest project is **" + repo.get() + "**. ";
        }
        JsonNode overview = calls.call("get_repo_overview", args().put("repo", repo.get()));
        List<String> languages = new ArrayList<>();
        overview.get("languages").forEach(l -> languages.add(l.get("language").asString()));
        String text = intro + "**" + overview.get("name").asString() + "** is built with " + String.join(", ", languages)
                + (overview.get("technologies").isEmpty() ? "" : "; its tech stack: " + String.join(", ", texts(overview.get("technologies"))))
                + ".";
        return answer(text, calls, Optional.empty(), List.of("What is " + repo.get() + " about?", "Does " + repo.get() + " have CI?"),
                memory(Intent.REPO_STACK, repo, q.range()));
    }

    private Answer staleRepos(ParsedQuestion q, Calls calls, LocalDate today) {
        LocalDate cutoff = q.range().map(TimeRange::since).orElse(today.minusYears(1));
        JsonNode repos = calls.call("list_repos", args().put("sort", "pushed").put("limit", 100)).get("repos");
        List<String> stale = new ArrayList<>();
        for (JsonNode repo : repos) {
            String last = repo.hasNonNull("last_commit_at") ? repo.get("last_commit_at").asString() : null;
            if (last == null || Instant.parse(last).isBefore(cutoff.atStartOfDay().toInstant(ZoneOffset.UTC))) {
                stale.add(repo.get("name").asString() + (last == null ? " (no commits)" : " (last commit " + last.substring(0, 10) + ")"));
            }
        }
        String text = stale.isEmpty() ? "You have touched every repository since " + cutoff + "."
                : "**" + stale.size() + "** repositories have no commit since " + cutoff + ": " + String.join(", ", stale) + ".";
        return answer(text, calls, Optional.empty(), List.of("Which of my repos are archived?", "What is my most active repository?"),
                memory(Intent.STALE_REPOS, Optional.empty(), q.range()));
    }

    private Answer streak(ParsedQuestion q, Calls calls) {
        ObjectNode arguments = args().put("group_by", "year");
        range(arguments, q.range());
        JsonNode activity = calls.call("get_activity_summary", arguments);
        JsonNode streak = activity.get("longest_streak");
        String text = streak.get("days").asInt() == 0 ? "You have no active days " + label(q.range(), "yet") + "."
                : "Your longest commit streak " + q.range().map(r -> r.label() + " ").orElse("") + "is **"
                        + streak.get("days").asInt() + " consecutive days**, from " + streak.get("start").asString()
                        + " to " + streak.get("end").asString() + ". You were active on " + activity.get("active_days").asLong()
                        + " days in all.";
        return answer(text, calls, Optional.empty(),
                List.of("On which weekday do I commit most?", "How many commits did I make this year?"),
                memory(Intent.STREAK, Optional.empty(), q.range()));
    }

    private Answer weekday(ParsedQuestion q, Calls calls) {
        ObjectNode arguments = args().put("group_by", "weekday");
        q.repo().ifPresent(repo -> arguments.put("repo", repo));
        range(arguments, q.range());
        JsonNode activity = calls.call("get_activity_summary", arguments);
        if (activity.get("busiest").isNull()) {
            return answer("There are no commits " + label(q.range(), "yet") + ".", calls, Optional.empty(), List.of(),
                    memory(Intent.WEEKDAY, q.repo(), q.range()));
        }
        String text = "You commit most on **" + activity.get("busiest").get("period").asString() + "** ("
                + activity.get("busiest").get("commits").asLong() + " commits " + label(q.range(), "in all") + "). By weekday: "
                + join(activity.get("series"), s -> s.get("period").asString() + " " + s.get("commits").asLong()) + ".";
        return answer(text, calls, chartFromSeries(activity.get("series"), "Commits per weekday"),
                List.of("At what time of day do I commit?", "What is my longest commit streak?"),
                memory(Intent.WEEKDAY, q.repo(), q.range()));
    }

    private Answer hour(ParsedQuestion q, Calls calls) {
        ObjectNode arguments = args().put("group_by", "hour");
        q.repo().ifPresent(repo -> arguments.put("repo", repo));
        range(arguments, q.range());
        JsonNode activity = calls.call("get_activity_summary", arguments);
        if (activity.get("busiest").isNull()) {
            return answer("There are no commits " + label(q.range(), "yet") + ".", calls, Optional.empty(), List.of(),
                    memory(Intent.HOUR, q.repo(), q.range()));
        }
        String text = "Your busiest hour is **" + activity.get("busiest").get("period").asString() + ":00** (author's local "
                + "time), with " + activity.get("busiest").get("commits").asLong() + " commits.";
        return answer(text, calls, chartFromSeries(activity.get("series"), "Commits per hour of day"),
                List.of("On which weekday do I commit most?"), memory(Intent.HOUR, q.repo(), q.range()));
    }

    private Answer searchCommits(ParsedQuestion q, Calls calls) {
        if (q.searchTerm().isEmpty()) {
            return answer("Which words should I look for in your commit messages? For example: Which commits mention \"fix\"?",
                    calls, Optional.empty(), List.of("Which commits mention \"fix\"?"), memory(Intent.SEARCH_COMMITS, q.repo(), q.range()));
        }
        ObjectNode arguments = args().put("query", q.searchTerm().get()).put("limit", 20);
        q.repo().ifPresent(repo -> arguments.put("repo", repo));
        range(arguments, q.range());
        JsonNode result = calls.call("search_commits", arguments);
        JsonNode commits = result.get("commits");
        String where = q.repo().map(r -> " in **" + r + "**").orElse("");
        StringBuilder text = new StringBuilder();
        if (commits.isEmpty()) {
            text.append("No commit message").append(where).append(" mentions \"").append(q.searchTerm().get()).append("\".");
        } else {
            text.append(commits.size() == 20 ? "The 20 best matches" : "**" + commits.size() + "** commits").append(where)
                    .append(" mention \"").append(q.searchTerm().get()).append("\":\n\n");
            for (JsonNode commit : commits) {
                text.append("- `").append(commit.get("sha").asString(), 0, 7).append("` ").append(commit.get("date").asString(), 0, 10)
                        .append(q.repo().isPresent() ? "" : " **" + commit.get("repo").asString() + "**").append(": ")
                        .append(commit.get("message").asString()).append('\n');
            }
        }
        return answer(text.toString().trim(), calls, Optional.empty(), List.of("Show the last 10 commits" + q.repo().map(r -> " of " + r).orElse(""),
                "What did I work on last month?"), memory(Intent.SEARCH_COMMITS, q.repo(), q.range()));
    }

    private Answer contributors(ParsedQuestion q, Calls calls, List<String> repoNames) {
        if (q.repo().isEmpty()) {
            return needRepo(q, repoNames, "look at");
        }
        JsonNode overview = calls.call("get_repo_overview", args().put("repo", q.repo().get()));
        List<String> others = new ArrayList<>();
        for (JsonNode contributor : overview.get("top_contributors")) {
            if (!contributor.get("is_user").asBoolean()) {
                others.add("**" + contributor.get("name").asString() + "**"
                        + (contributor.hasNonNull("login") ? " (@" + contributor.get("login").asString() + ")" : "")
                        + ": " + plural(contributor.get("commits").asLong(), "commit"));
            }
        }
        String name = overview.get("name").asString();
        String text = others.isEmpty() ? "Nobody else has committed to **" + name + "** — all "
                + overview.get("commits").get("total").asLong() + " commits are yours."
                : "Besides you (" + overview.get("commits").get("own").asLong() + " commits), these people contribute to **"
                        + name + "**: " + String.join("; ", others) + ".";
        return answer(text, calls, Optional.empty(), List.of("Show the last 10 commits of " + name, "What is " + name + " about?"),
                memory(Intent.CONTRIBUTORS, Optional.of(name), q.range()));
    }

    private Answer stars(ParsedQuestion q, Calls calls) {
        JsonNode metrics = calls.call("aggregate_repo_metrics", args());
        JsonNode top = calls.call("list_repos", args().put("sort", "stars").put("limit", 3)).get("repos");
        String text = "You have **" + metrics.get("stars").asLong() + " stars** in total across " + metrics.get("repos").asInt()
                + " repositories (and " + metrics.get("forks").asLong() + " forks). Most starred: "
                + join(top, r -> "**" + r.get("name").asString() + "** (" + r.get("stars").asLong() + ")") + ".";
        return answer(text, calls, Optional.empty(), List.of("Which of my repos are forks?", "Summarize my GitHub"),
                memory(Intent.STARS, Optional.empty(), Optional.empty()));
    }

    /** Every repository the caller may see, most commits first, with language and commit count. */
    private Answer listRepos(Calls calls) {
        JsonNode listing = calls.call("list_repos", args().put("sort", "commits").put("limit", 100));
        JsonNode repos = listing.get("repos");
        int total = listing.get("total").asInt();
        String text = total == 0 ? "There are no repositories to show."
                : "You have **" + total + "** " + (total == 1 ? "repository" : "repositories") + ", most commits first: "
                        + join(repos, r -> "**" + r.get("name").asString() + "**"
                                + (r.get("language").isNull() ? "" : " (" + r.get("language").asString() + ")")
                                + (r.get("private").asBoolean() ? " — private" : ""))
                        + (total > repos.size() ? ", and " + (total - repos.size()) + " more." : ".");
        return answer(text, calls, Optional.empty(), List.of("What's my most active repository?",
                "Which of my repos are archived?", "Summarize my GitHub"),
                memory(Intent.LIST_REPOS, Optional.empty(), Optional.empty()));
    }

    private Answer forks(ParsedQuestion q, Calls calls, boolean forks) {
        JsonNode repos = calls.call("list_repos", args().put("sort", "name").put("limit", 100)).get("repos");
        List<String> names = new ArrayList<>();
        for (JsonNode repo : repos) {
            if (repo.get(forks ? "fork" : "archived").asBoolean()) {
                names.add(repo.get("name").asString());
            }
        }
        String what = forks ? "forks" : "archived";
        String text = names.isEmpty() ? "None of your repositories are " + what + "."
                : "**" + names.size() + "** of your repositories " + (names.size() == 1 ? "is " : "are ")
                        + (forks ? (names.size() == 1 ? "a fork" : "forks") : "archived") + ": " + bold(names) + ".";
        return answer(text, calls, Optional.empty(), List.of("Which repos have I not touched in a year?", "Summarize my GitHub"),
                memory(forks ? Intent.FORKS : Intent.ARCHIVED, names.size() == 1 ? Optional.of(names.get(0)) : Optional.empty(), Optional.empty()));
    }

    private Answer readmeSearch(ParsedQuestion q, Calls calls) {
        String term = q.searchTerm().orElse("");
        JsonNode matches = calls.call("search_readmes", args().put("query", term).put("limit", 5)).get("matches");
        String text = matches.isEmpty() ? "No README mentions \"" + term + "\"."
                : "READMEs that mention \"" + term + "\": " + join(matches, m -> "**" + m.get("repo").asString() + "**") + ".";
        return answer(text, calls, Optional.empty(), matches.isEmpty() ? List.of() :
                List.of("What is " + matches.get(0).get("repo").asString() + " about?"), memory(Intent.README_SEARCH, Optional.empty(), Optional.empty()));
    }

    // ------------------------------------------------------------------ helpers

    private List<String> repoNames(Calls calls) {
        List<String> names = new ArrayList<>();
        String cursor = null;
        do {
            ObjectNode arguments = args().put("sort", "pushed").put("limit", 100);
            if (cursor != null) {
                arguments.put("cursor", cursor);
            }
            JsonNode page = calls.lookup("list_repos", arguments);
            page.get("repos").forEach(repo -> names.add(repo.get("name").asString()));
            cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asString();
        } while (cursor != null && names.size() < 1_000);
        return names;
    }

    /** Three questions this account can answer, named after its own repositories. */
    static List<String> starterQuestions(List<String> repoNames) {
        List<String> questions = new ArrayList<>();
        questions.add("Summarize my GitHub");
        questions.add(repoNames.isEmpty() ? "Which languages do I use most?" : "What is " + repoNames.get(0) + " about?");
        questions.add("What did I work on last month?");
        return questions;
    }

    private static Answer answer(String text, Calls calls, Optional<Chart> chart, List<String> suggestions, Answer.Memory memory) {
        return new Answer(text, "offline", Optional.empty(), calls.calls, chart, suggestions, memory);
    }

    private static Answer.Memory memory(Intent intent, Optional<String> repo, Optional<TimeRange> range) {
        return new Answer.Memory(Optional.of(intent.name()), repo, range);
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static ObjectNode args() {
        return JSON.createObjectNode();
    }

    private static void range(ObjectNode arguments, Optional<TimeRange> range) {
        range.ifPresent(r -> arguments.put("since", r.since().toString()).put("until", r.until().toString()));
    }

    private static String label(Optional<TimeRange> range, String otherwise) {
        return range.map(TimeRange::label).orElse(otherwise);
    }

    private static String day(JsonNode instant) {
        return instant.asString().substring(0, 10);
    }

    private static List<String> names(JsonNode items, String field) {
        return StreamSupport.stream(items.spliterator(), false).map(item -> item.get(field).asString()).toList();
    }

    private static List<String> texts(JsonNode items) {
        return StreamSupport.stream(items.spliterator(), false).map(JsonNode::asString).toList();
    }

    private static String bold(List<String> names) {
        return String.join(", ", names.stream().map(n -> "**" + n + "**").toList());
    }

    private static String join(JsonNode items, java.util.function.Function<JsonNode, String> format) {
        return String.join(", ", StreamSupport.stream(items.spliterator(), false).map(format).toList());
    }

    private static String join(List<JsonNode> items, java.util.function.Function<JsonNode, String> format) {
        return String.join(", ", items.stream().map(format).toList());
    }

    private static List<JsonNode> skip(JsonNode items, int count) {
        return StreamSupport.stream(items.spliterator(), false).skip(count).toList();
    }

    private static Optional<Chart> chartFromRanking(JsonNode ranking, String title) {
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        ranking.forEach(r -> {
            labels.add(r.get("repo").asString());
            values.add(r.get("commits").asLong());
        });
        return labels.size() < 2 ? Optional.empty() : Optional.of(new Chart("bar", title, "commits", labels, values));
    }

    private static Optional<Chart> chartFromSeries(JsonNode series, String title) {
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        series.forEach(s -> {
            labels.add(s.get("period").asString());
            values.add(s.get("commits").asLong());
        });
        return labels.size() < 2 ? Optional.empty() : Optional.of(new Chart("bar", title, "commits", labels, values));
    }

    private static Optional<Chart> chartFromObject(String type, String title, String series, JsonNode object, int limit) {
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        object.properties().stream().limit(limit).forEach(e -> {
            labels.add(e.getKey());
            values.add(e.getValue().asLong());
        });
        return labels.size() < 2 ? Optional.empty() : Optional.of(new Chart(type, title, series, labels, values));
    }
}
