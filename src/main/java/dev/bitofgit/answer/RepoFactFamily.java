package dev.bitofgit.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * One fact about one repository: what it is about, its default branch, topics, license, stars and forks, when it
 * was created, its languages and stack, its signals (does it have tests?), its visibility — or an overview.
 */
final class RepoFactFamily implements Family {
    @Override
    public int fit(Reading r) {
        if (r.repos().size() != 1) {
            return 0;
        }
        return 62;
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        String repo = r.repo().orElseThrow();
        JsonNode o = tools.call("get_repo_overview", tools.args().put("repo", repo)
                .put("include_readme", r.matches("\\b(readme|explain|in detail|more about)\\b")));
        String name = o.get("name").asString();
        String readAs = Say.readAs("repository " + name);
        if (r.matches("\\b(default branch|main branch|branch|(master|main) or (master|main))\\b")) {
            return fact(name, "'s default branch is **" + o.get("default_branch").asString() + "**.", readAs);
        }
        if (r.matches("\\b(topics?|tags?|tagged|labels?)\\b")) {
            List<String> topics = Say.names(wrap(o.get("topics")), "v");
            return fact(name, topics.isEmpty() ? " has no topics." : " has " + Say.plural(topics.size(), "topic")
                    + ": " + Say.join(topics.stream().map(t -> "`" + t + "`").toList()) + ".", readAs);
        }
        boolean onlyReadme = r.signals().keySet().equals(Set.of(Reading.Signal.README));
        if (!r.signals().isEmpty() && !(onlyReadme && r.measure() != Reading.Measure.EXISTS)) {
            JsonNode signals = o.get("signals");
            List<String> parts = new ArrayList<>();
            r.signals().forEach((signal, wanted) -> {
                boolean has = hasSignal(o, signal);
                String detail = "";
                if (has && signal == Reading.Signal.CI && !signals.get("ci_systems").isEmpty()) {
                    detail = " (" + Say.join(Say.names(wrap(signals.get("ci_systems")), "v")) + ")";
                } else if (has && signal == Reading.Signal.TESTS && !signals.get("test_frameworks").isEmpty()) {
                    detail = " (" + Say.join(Say.names(wrap(signals.get("test_frameworks")), "v")) + ")";
                } else if (has && signal == Reading.Signal.LICENSE && !o.get("license").isNull()) {
                    detail = " (" + o.get("license").asString() + ")";
                }
                parts.add((has ? "has " : "has no ") + signal.label.replace("a license", has ? "a license" : "license")
                        + detail);
            });
            boolean all = r.signals().entrySet().stream().allMatch(e -> e.getValue() == hasSignal(o, e.getKey()));
            String prefix = r.measure() == Reading.Measure.EXISTS ? (all ? "Yes — " : "No — ") : "";
            return Reply.of(prefix + "**" + name + "** " + Say.join(parts) + ".", readAs,
                    List.of("What is " + name + " about?")).about(name);
        }
        if (r.matches("\\b(licen[cs]e[sd]?|spdx)\\b")) {
            return fact(name, o.get("license").isNull() ? " has no license." : " is licensed under **"
                    + o.get("license").asString() + "**.", readAs);
        }
        if (r.matches("\\b(stars?|starred|stargazers)\\b")) {
            return fact(name, " has **" + Say.plural(o.get("stars").asLong(), "star") + "**.", readAs);
        }
        if (r.matches("\\b(how many forks|forks? count|number of forks|forked (how many|by)|times forked|been forked|"
                + "how many times .*forked|forks does)\\b")) {
            return fact(name, " has been forked **" + Say.plural(o.get("forks").asLong(), "time") + "**.", readAs);
        }
        if (r.matches("\\b(how big|size|how large|kb|mb|disk|storage|space)\\b")) {
            long kb = o.path("size_kb").asLong();
            return fact(name, " takes **" + (kb >= 1024 ? String.format(Locale.ROOT, "%.1f MB", kb / 1024.0)
                    : Say.number(kb) + " KB") + "** on GitHub (the size GitHub reports for the repository, "
                    + Say.number(kb) + " KB), with " + Say.plural(o.path("commits").path("total").asLong(), "commit")
                    + ".", readAs);
        }
        if (r.matches("\\b(created|creation|how old|start(ed)?|made|begin|began|age)\\b")) {
            return fact(name, " was created on **" + Say.day(o.get("created_at")) + "**.", readAs);
        }
        if (r.matches("\\b(open issues|issues)\\b")) {
            return fact(name, " has **" + Say.plural(o.get("open_issues").asLong(), "open issue") + "** on GitHub.",
                    readAs);
        }
        if (r.matches("\\b(private|public|visibility)\\b")) {
            boolean isPrivate = o.get("private").asBoolean();
            return fact(name, " is **" + (isPrivate ? "private" : "public") + "**.", readAs);
        }
        if (r.matches("\\barchived\\b")) {
            return fact(name, o.get("archived").asBoolean() ? " is **archived**." : " is **not archived**.", readAs);
        }
        if (r.matches("\\b(a fork|forked|fork)\\b")) {
            return fact(name, o.get("fork").asBoolean() ? " is **a fork**." : " is **not a fork**.", readAs);
        }
        if (r.matches("\\b(languages?|written in|coded in)\\b")) {
            List<String> languages = new ArrayList<>();
            o.get("languages").forEach(l -> languages.add(l.get("language").asString() + " " + l.get("percent")
                    .asDouble() + "%"));
            return fact(name, " is mainly written in **" + (o.get("language").isNull() ? "no detected language"
                    : o.get("language").asString()) + "**" + (languages.isEmpty() ? "" : " (" + String.join(", ",
                    languages) + ")") + ".", readAs);
        }
        if (r.matches("\\b(stack|frameworks?|technolog(y|ies)|built with|libraries|dependencies|tools)\\b")) {
            List<String> technologies = Say.names(wrap(o.get("technologies")), "v");
            return fact(name, (technologies.isEmpty() ? " has no detected technologies" : " is built with "
                    + Say.join(technologies)) + " (main language " + (o.get("language").isNull() ? "unknown"
                    : o.get("language").asString()) + ").", readAs);
        }
        return overview(o, name, readAs);
    }

    private static boolean hasSignal(JsonNode o, Reading.Signal signal) {
        JsonNode s = o.get("signals");
        if (s == null) {
            return false;
        }
        return switch (signal) {
            case CI -> s.get("has_ci").asBoolean();
            case TESTS -> s.get("has_tests").asBoolean();
            case DOCKER -> s.get("has_docker").asBoolean();
            case COMPOSE -> s.path("has_compose").asBoolean();
            case LICENSE -> s.get("has_license").asBoolean() || !o.get("license").isNull();
            case LINT -> s.get("has_lint").asBoolean();
            case README -> !o.get("readme").isNull();
            case MAKEFILE -> s.path("has_makefile").asBoolean();
            case CHANGELOG -> s.path("has_changelog").asBoolean();
            case CONTRIBUTING -> s.path("has_contributing").asBoolean();
            case SECURITY -> s.path("has_security_policy").asBoolean();
            case CODE_OF_CONDUCT -> s.path("has_code_of_conduct").asBoolean();
        };
    }

    private static Reply fact(String name, String rest, String readAs) {
        return Reply.of("**" + name + "**" + rest, readAs, List.of("What is " + name + " about?",
                "How many commits does " + name + " have?")).about(name);
    }

    private static Reply overview(JsonNode o, String name, String readAs) {
        StringBuilder text = new StringBuilder("**" + name + "**");
        if (!o.get("description").isNull()) {
            text.append(" — ").append(o.get("description").asString());
        }
        text.append("\n\n");
        List<String> facts = new ArrayList<>();
        facts.add(o.get("private").asBoolean() ? "private" : "public");
        if (o.get("fork").asBoolean()) {
            facts.add("a fork");
        }
        if (o.get("archived").asBoolean()) {
            facts.add("archived");
        }
        if (!o.get("language").isNull()) {
            facts.add("written mainly in " + o.get("language").asString());
        }
        facts.add("created " + Say.day(o.get("created_at")));
        facts.add(Say.plural(o.get("commits").get("total").asLong(), "commit") + " (" + Say.number(
                o.get("commits").get("own").asLong()) + " yours)");
        facts.add(Say.plural(o.get("stars").asLong(), "star"));
        if (!o.get("license").isNull()) {
            facts.add("license " + o.get("license").asString());
        }
        text.append("It is ").append(Say.join(facts)).append(".");
        List<String> technologies = Say.names(wrap(o.get("technologies")), "v");
        if (!technologies.isEmpty()) {
            text.append(" Stack: ").append(String.join(", ", technologies)).append(".");
        }
        JsonNode readme = o.get("readme");
        if (readme != null && !readme.isNull()) {
            String excerpt = readme.get("text").asString().replaceAll("(?m)^#+\\s*", "").replaceAll("\\s+", " ").trim();
            if (!excerpt.isEmpty()) {
                text.append("\n\nFrom its README: ").append(excerpt.length() > 400 ? excerpt.substring(0, 400) + "…"
                        : excerpt);
            }
        }
        return Reply.of(text.toString(), readAs, List.of("When did I last commit to " + name + "?",
                "Who else contributed to " + name + "?")).about(name);
    }

    /** An array of strings as objects {"v": …} so the shared name helpers apply. */
    private static JsonNode wrap(JsonNode strings) {
        var array = tools.jackson.databind.json.JsonMapper.builder().build().createArrayNode();
        if (strings != null) {
            strings.forEach(value -> array.addObject().put("v", value.asString()));
        }
        return array;
    }
}
