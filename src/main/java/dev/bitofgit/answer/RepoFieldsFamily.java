package dev.bitofgit.answer;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Questions over one field of every repository, grouped or searched: default branches ("which repos use master",
 * "are all on main?"), repositories created per year ("how many repos did I create each year", "which year did I
 * start the most projects") and descriptions ("which repo's description mentions gateway").
 */
final class RepoFieldsFamily implements Family {
    private static final Pattern BRANCH = Pattern.compile("\\b(main|master|develop|development|dev|trunk|gh-pages|"
            + "default)\\b");
    private static final Pattern DESCRIBED = Pattern.compile("\\bdescriptions? (?:that |which )?(?:mentions?|contains?|"
            + "says?|includes?|with|has|have|about|talks? about)(?: the word)? [\"'`]?([\\p{L}\\p{N}][\\p{L}\\p{N}._-]{1,40})");

    private enum Field { BRANCH, CREATED_PER_YEAR, DESCRIPTION }

    @Override
    public int fit(Reading r) {
        return field(r).isPresent() ? 88 : 0;
    }

    private static Optional<Field> field(Reading r) {
        if (!r.repos().isEmpty()) {
            return Optional.empty();
        }
        boolean oneRepo = r.unknownRepo().isPresent() || r.matches("\\b(the|this|that|its|my) (repo|repository|project|"
                + "codebase)\\b(?!s)");
        boolean manyRepos = r.matches("\\b(repos|repositories|projects|codebases|all|every|each|any|which|none)\\b");
        if (!oneRepo && manyRepos && r.matches("\\b(default|main|primary|base) branch(es)?\\b|\\bbranch(es)? (by default|as default|as (their|the) "
                + "default)\\b|\\bon (main|master)\\b")) {
            return Optional.of(Field.BRANCH);
        }
        if (DESCRIBED.matcher(r.text()).find()) {
            return Optional.of(Field.DESCRIPTION);
        }
        if ((r.mentionsRepos() || r.matches("\\bnew (projects|repos|repositories)\\b"))
                && RepoListFamily.created(r) && r.matches("\\b(each|every|per|by) year\\b|\\byearly\\b|\\b(which|what) year\\b|"
                + "\\bper year\\b|\\ba year\\b")) {
            return Optional.of(Field.CREATED_PER_YEAR);
        }
        return Optional.empty();
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        List<JsonNode> repos = tools.allRepos(RepoListFamily.filters(r, tools.args()), "name");
        return switch (field(r).orElseThrow()) {
            case BRANCH -> branches(r, repos);
            case CREATED_PER_YEAR -> perYear(r, repos);
            case DESCRIPTION -> described(r, repos);
        };
    }

    private static Reply branches(Reading r, List<JsonNode> repos) {
        Map<String, List<String>> byBranch = new TreeMap<>();
        repos.forEach(repo -> byBranch.computeIfAbsent(repo.get("default_branch").asString(), b -> new ArrayList<>())
                .add(repo.get("name").asString()));
        String readAs = Say.readAs("default branches of repositories you can see");
        Optional<String> named = Optional.empty();
        Matcher matcher = BRANCH.matcher(r.text().replaceAll("\\b(default|main|primary|base) branch(es)?\\b", ""));
        while (matcher.find() && named.isEmpty()) {
            if (!matcher.group(1).equals("default")) {
                named = Optional.of(matcher.group(1));
            }
        }
        if (named.isPresent()) {
            String branch = named.get();
            List<String> on = byBranch.getOrDefault(branch, List.of());
            List<String> others = new ArrayList<>();
            byBranch.forEach((b, names) -> {
                if (!b.equals(branch)) {
                    names.forEach(name -> others.add(name + " (" + b + ")"));
                }
            });
            boolean all = r.matches("\\b(all|every|each|any exceptions?|everything)\\b");
            String text = all
                    ? (others.isEmpty() ? "Yes — all " + Say.plural(repos.size(), "repository") + " use **" + branch + "**."
                    : "No — " + Say.number(on.size()) + " of " + Say.number(repos.size()) + " use **" + branch
                    + "**; the others: " + String.join(", ", others) + ".")
                    : on.isEmpty() ? "None of your repositories uses **" + branch + "** as its default branch."
                    : "**" + Say.number(on.size()) + "** of your repositories use" + (on.size() == 1 ? "s" : "") + " **"
                    + branch + "** as the default branch: " + Say.boldList(on) + ".";
            return Reply.of(text, readAs + ", " + branch, List.of("Which of my repos have CI?"));
        }
        List<String> parts = new ArrayList<>();
        byBranch.forEach((branch, names) -> parts.add("**" + branch + "** (" + names.size() + "): " + String.join(", ", names)));
        return Reply.of("Default branches of your repositories: " + String.join("; ", parts) + ".", readAs, List.of());
    }

    private static Reply perYear(Reading r, List<JsonNode> repos) {
        Map<Integer, List<String>> byYear = new TreeMap<>();
        repos.forEach(repo -> byYear.computeIfAbsent(Instant.parse(repo.get("created_at").asString())
                .atOffset(ZoneOffset.UTC).getYear(), y -> new ArrayList<>()).add(repo.get("name").asString()));
        String readAs = Say.readAs("repositories you can see, by the year GitHub says each was created (UTC)");
        if (byYear.isEmpty()) {
            return Reply.of("You have no repositories.", readAs, List.of());
        }
        int best = byYear.entrySet().stream().max((a, b) -> a.getValue().size() != b.getValue().size()
                ? Integer.compare(a.getValue().size(), b.getValue().size()) : Integer.compare(b.getKey(), a.getKey()))
                .orElseThrow().getKey();
        List<String> parts = new ArrayList<>();
        byYear.forEach((year, names) -> parts.add(year + ": " + names.size()));
        boolean which = r.matches("\\b(which|what) year\\b");
        String text = (which ? "You created the most repositories in **" + best + "** (" + byYear.get(best).size()
                + "). " : "") + "Repositories created per year: " + String.join(", ", parts) + ".";
        return Reply.of(text, readAs, List.of("What is my newest repository?"))
                .withChart(new Chart("bar", "Repositories created per year", "repositories",
                        byYear.keySet().stream().map(String::valueOf).toList(),
                        byYear.values().stream().map(names -> (long) names.size()).toList()));
    }

    private static Reply described(Reading r, List<JsonNode> repos) {
        Matcher matcher = DESCRIBED.matcher(r.text());
        matcher.find();
        String word = matcher.group(1).toLowerCase(Locale.ROOT);
        List<String> names = new ArrayList<>();
        repos.forEach(repo -> {
            JsonNode description = repo.get("description");
            if (!description.isNull() && Regex.of("\\b" + Pattern.quote(word))
                    .matcher(description.asString().toLowerCase(Locale.ROOT)).find()) {
                names.add(repo.get("name").asString());
            }
        });
        String readAs = Say.readAs("descriptions of repositories you can see containing '" + word + "'");
        return Reply.of(names.isEmpty() ? "No repository description mentions \"" + word + "\"."
                : "**" + Say.number(names.size()) + "** " + (names.size() == 1 ? "repository description mentions"
                : "repository descriptions mention") + " \"" + word + "\": " + Say.boldList(names) + ".", readAs,
                List.of("What is " + (names.isEmpty() ? "my newest repository" : names.get(0)) + " about?"));
    }
}
