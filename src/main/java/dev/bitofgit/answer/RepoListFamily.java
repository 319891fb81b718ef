package dev.bitofgit.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Repositories selected by any combination of filters — language (main or any), technology, signals wanted or
 * refused, visibility, forks, archived, a period of commits or of creation, inactivity — counted, listed or asked
 * about (yes/no). "Which repos have no tests", "my TypeScript repos I committed to in 2025", "do I have CI anywhere",
 * "how many private repos do I have", "which repos haven't I touched in over a year".
 */
final class RepoListFamily implements Family {
    @Override
    public int fit(Reading r) {
        boolean about = r.mentionsRepos() || r.hasRepoFilters();
        if (!about || Superlatives.of(r).isPresent() && r.inactive().isEmpty()) {
            return 0;
        }
        if (r.mentionsCommits() && r.measure() == Reading.Measure.COUNT && !r.matches("\\b(how many|number of) "
                + "(different |distinct |unique |separate )?(of my |my )?(repos|repositories|projects)")) {
            return 0; // counting commits, not repositories
        }
        if (r.matches("\\b(how many|number of|total|count of|sum of) (the )?(lines|loc|additions|deletions|files|"
                + "changes|commits)\\b")) {
            return 0; // a measure of the commits in those repositories, not a list of them
        }
        if (!r.repos().isEmpty()) {
            return 0; // about a named repository
        }
        boolean bounded = topic(r).isPresent() || COUNTED.matcher(r.text()).find();
        boolean countsRepos = r.matches("\\b(how many|number of) (different |distinct |unique |separate )?(of my |my )?"
                + "(repos|repositories|projects)\\b");
        return 45 + (r.hasRepoFilters() || bounded ? 20 : 0) + (r.mentionsRepos() ? 5 : 0) + (countsRepos ? 10 : 0)
                + (period(r).isPresent() && r.mentionsRepos() ? 15 : 0);
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        if (r.anyOf().size() >= 2 && r.anyOf().stream().noneMatch(a -> a.argument().equals("author"))) {
            return eitherAnswer(r, tools);
        }
        if (excludesLanguage(r)) {
            return withoutLanguage(r, tools);
        }
        if (UNIVERSAL.matcher(r.text()).find() && !r.signals().isEmpty() && !LISTS.matcher(r.text()).find()) {
            return everyOne(r, tools);
        }
        ObjectNode arguments = filters(r, tools.args()).put("limit", 100).put("sort", "name");
        JsonNode result = tools.call("list_repos", arguments);
        List<String> names = Say.names(result.get("repos"), "name");
        long total = result.get("total").asLong();
        String condition = total == 1 ? singular(condition(r)) : condition(r);
        String readAs = Say.readAs("repositories" + (condition.isEmpty() ? "" : " that " + condition(r)),
                "repositories you can see", r.period().isPresent() && period(r).isEmpty() ? "not limited by \""
                        + r.period().get().label() + "\" (ask which repos got commits " + r.period().get().label()
                        + " for that)" : "");
        String listed = total == 0 ? "" : ": " + Say.boldList(names) + (total > names.size() ? " and "
                + Say.number(total - names.size()) + " more" : "") + ".";
        String text = switch (r.measure()) {
            case EXISTS -> total == 0 ? "No — none of your repositories " + condition(r) + "."
                    : "Yes — **" + Say.number(total) + "** of your repositories " + condition + listed;
            case COUNT -> condition.isEmpty()
                    ? "You have **" + Say.number(total) + "** " + (total == 1 ? "repository" : "repositories") + listed
                    : "**" + Say.number(total) + "** of your repositories " + condition + listed;
            default -> total == 0 ? "None of your repositories " + condition + "."
                    : condition.isEmpty() ? "You have **" + Say.number(total) + "** repositories" + listed
                    : "**" + Say.number(total) + "** of your repositories " + condition + listed;
        };
        boolean onlyLacks = !r.signals().isEmpty() && !r.signals().containsValue(true) && condition(r).startsWith("have no ")
                && r.language().isEmpty() && r.technology().isEmpty()
                && r.privateRepos().isEmpty() && r.forks().isEmpty() && r.archived().isEmpty() && period(r).isEmpty()
                && r.inactive().isEmpty();
        if (total == 0 && onlyLacks) {
            String has = "have " + Say.join(r.signals().keySet().stream().map(s -> s.label).toList());
            text = (r.measure() == Reading.Measure.EXISTS ? "No — a" : "None: a") + "ll of your repositories " + has + ".";
        }
        if (total == 0 && text.endsWith(" .")) {
            text = text.replace(" .", ".");
        }
        return Reply.of(text, readAs, names.isEmpty() ? List.of("Which languages do I use most?")
                : List.of("What is " + names.get(0) + " about?", "Which of these have CI?"));
    }

    /** "Do all my Go repos have tests?", "is every private repo licensed?": a claim about each one, not a list. */
    private static final Pattern UNIVERSAL = Pattern.compile("\\b(do|are|have|does|is|"
            + "did) (all|every|each)( one| single one)?( of)? (my|the|your)\\b|\\b(all|each|every one) of my\\b|\\bevery "
            + "(single )?(one of my|repo|repository|project)\\b|\\ball (my|the) \\w+ (repos|repositories|projects) "
            + "(have|use|are)\\b");

    /** "Point out every repository that has no tests", "list every repo with CI": a list asked for, not a claim. */
    private static final Pattern LISTS = Pattern.compile("^(please |can you |could you |would you )?(list|show|point out|"
            + "name|give|find|tell me|identify|pull up|display|enumerate|help me find|flag)\\b|\\bwhich\\b");

    /** The language the question takes away: "except the Java ones", "don't use Python", "not written in Go". */
    static boolean excludesLanguage(Reading r) {
        if (r.language().isEmpty()) {
            return false;
        }
        String language = Pattern.quote(r.language().get().toLowerCase(Locale.ROOT));
        return r.matches("\\b(except|excluding|exclude|other than|besides|apart from|but not|aside from|not counting|"
                + "minus|ignoring|ignore|leave out|leaving out|skip|skipping)( for)? (the |my |any |all )?(of the )?"
                + language + "\\b|\\b(don'?t|do not|doesn'?t|does not|never|that aren'?t|aren'?t|are not|isn'?t|is not|not)"
                + " (use|uses|using|have|contain|contains|include|includes|written in|in|mainly in|mainly written in|"
                + "primarily in)( any)? " + language + "\\b|\\bnon-?" + language + "\\b|\\b(without|with no|no) "
                + language + "( code)?\\b");
    }

    /** The repositories the other filters select, less those of the language. */
    private static Reply withoutLanguage(Reading r, ToolCalls tools) {
        Reading rest = r.withoutLanguage();
        List<String> all = listAll(rest, tools);
        Set<String> taken = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        taken.addAll(listAll(r, tools));
        List<String> kept = all.stream().filter(name -> !taken.contains(name)).toList();
        String language = r.language().get();
        String not = r.primaryLanguage() ? "are not mainly written in " + language : "do not use " + language + " (no "
                + language + " code at all)";
        String others = condition(rest);
        String condition = not + (others.isEmpty() ? "" : " and " + others);
        String text = kept.isEmpty() ? "None of your repositories " + condition + "."
                : (r.measure() == Reading.Measure.EXISTS ? "Yes — " : "") + "**" + Say.number(kept.size()) + "** of your "
                + "repositories " + (kept.size() == 1 ? singular(condition) : condition) + ": " + Say.boldList(kept)
                + " (left out for " + language + ": " + (taken.isEmpty() ? "none" : String.join(", ", taken)) + ").";
        return Reply.of(text, Say.readAs("repositories that " + condition, "repositories you can see"),
                List.of("Which languages do I use most?"));
    }

    /** Every repository a reading selects, page by page. */
    private static List<String> listAll(Reading r, ToolCalls tools) {
        List<String> names = new ArrayList<>();
        tools.allRepos(filters(r, tools.args()), "name").forEach(repo -> names.add(repo.get("name").asString()));
        return names;
    }

    /** "Do all my Go repos have tests?": yes only when each one does; otherwise no, with the ones that don't. */
    private static Reply everyOne(Reading r, ToolCalls tools) {
        Reading subject = r.withoutSignals();
        List<String> all = listAll(subject, tools);
        Set<String> holding = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        holding.addAll(listAll(r, tools));
        String who = condition(subject);
        String whose = who.isEmpty() ? "your repositories" : "your repositories that " + who;
        String predicate = condition(signalsOnly(r));
        String readAs = Say.readAs("whether every one of " + whose + " " + singular(predicate), "repositories you can see");
        if (all.isEmpty()) {
            return Reply.of("You have no repositories" + (who.isEmpty() ? "" : " that " + who) + ", so there is nothing "
                    + "to check.", readAs, List.of());
        }
        List<String> missing = all.stream().filter(name -> !holding.contains(name)).toList();
        String text = missing.isEmpty()
                ? "Yes — all " + Say.number(all.size()) + " of " + whose + " " + predicate + ": " + Say.boldList(all) + "."
                : "No — of " + (all.size() == 1 ? "your one repository" + (who.isEmpty() ? "" : " that " + singular(who))
                : "your " + Say.number(all.size()) + " repositories" + (who.isEmpty() ? "" : " that " + who)) + ", "
                + (holding.isEmpty() ? "none " + singular(predicate) : "only " + Say.number(holding.size()) + " "
                + (holding.size() == 1 ? singular(predicate) : predicate) + " (" + Say.join(List.copyOf(holding)) + ")")
                + "; " + Say.boldList(missing) + " " + (missing.size() == 1 ? "does" : "do") + " not.";
        return Reply.of(text, readAs, List.of());
    }

    /** Only the signals of a reading, as a condition ("have tests", "have no license"). */
    private static Reading signalsOnly(Reading r) {
        return new Reading(r.text(), r.words(), List.of(), Optional.empty(), false, Optional.empty(),
                r.signals(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), r.zone(), r.own(), r.top(),
                r.measure(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                List.of(), Optional.empty());
    }

    /** "Which repos use Django or Flask": the union of one listing per alternative, and which matched what. */
    private static Reply eitherAnswer(Reading r, ToolCalls tools) {
        Reading rest = r.withoutAlternatives();
        TreeSet<String> all = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        List<String> each = new ArrayList<>();
        boolean first = true;
        for (Reading.Alternative alternative : r.anyOf()) {
            ObjectNode arguments = filters(rest, tools.args()).put("limit", 100).put("sort", "name");
            // A repository is mainly written in one language, so "both X and Y" means any amount of each.
            String argument = alternative.argument().equals("language") && r.primaryLanguage() && !r.allOf()
                    ? "primary_language" : alternative.argument();
            if (alternative.value() instanceof Boolean wanted) {
                arguments.put(argument, wanted);
            } else {
                arguments.put(argument, alternative.value().toString());
            }
            List<String> names = Say.names(tools.call("list_repos", arguments).get("repos"), "name");
            if (r.allOf() && !first) {
                all.retainAll(new TreeSet<>(names)); // "both X and Y": in every list
            } else {
                all.addAll(names);
            }
            first = false;
            each.add(alternative.label() + ": " + (names.isEmpty() ? "none" : String.join(", ", names)));
        }
        List<String> labels = r.anyOf().stream().map(Reading.Alternative::label).toList();
        boolean signals = r.anyOf().stream().allMatch(alternative -> alternative.value() instanceof Boolean);
        String what = (r.primaryLanguage() && !r.allOf() ? "are mainly written in " : signals ? "have " : "use ")
                + (r.allOf() ? Say.join(labels).replace(" and ", " and ") : String.join(" or ", labels));
        String others = condition(rest);
        String condition = what + (others.isEmpty() ? "" : " and " + others);
        String readAs = Say.readAs("repositories that " + condition, "repositories you can see");
        String listed = Say.boldList(new ArrayList<>(all)) + " (" + String.join("; ", each) + ").";
        String text = all.isEmpty() ? (r.measure() == Reading.Measure.EXISTS ? "No — none" : "None")
                + " of your repositories " + condition + "."
                : (r.measure() == Reading.Measure.EXISTS ? "Yes — " : "") + "**" + Say.number(all.size()) + "** of your "
                + "repositories " + (all.size() == 1 ? singular(condition) : condition) + ": " + listed;
        return Reply.of(text, readAs, List.of("Which of these have CI?"));
    }

    /** SPDX ids people name, as they write them. */
    private static final Map<String, String> LICENSES = Map.ofEntries(
            Map.entry("mit", "MIT"), Map.entry("apache", "Apache-2.0"),
            Map.entry("apache-2.0", "Apache-2.0"), Map.entry("apache 2.0", "Apache-2.0"),
            Map.entry("apache 2", "Apache-2.0"), Map.entry("gpl", "GPL-3.0"),
            Map.entry("gpl-3.0", "GPL-3.0"), Map.entry("gplv3", "GPL-3.0"),
            Map.entry("gpl-2.0", "GPL-2.0"), Map.entry("gplv2", "GPL-2.0"),
            Map.entry("bsd", "BSD-3-Clause"), Map.entry("bsd-3-clause", "BSD-3-Clause"),
            Map.entry("bsd-2-clause", "BSD-2-Clause"), Map.entry("mpl", "MPL-2.0"),
            Map.entry("mpl-2.0", "MPL-2.0"), Map.entry("lgpl", "LGPL-3.0"),
            Map.entry("agpl", "AGPL-3.0"), Map.entry("unlicense", "Unlicense"),
            Map.entry("isc", "ISC"));

    /** The SPDX id the question names next to "license" ("MIT license", "under Apache 2.0"), if any. */
    static Optional<String> spdx(Reading r) {
        // Without the word "license", only ids nobody writes for anything else ("Apache-2.0", "GPL"), or one used
        // ("use MIT")
        boolean licenseSaid = r.matches("\\b(licen[cs]ed?|licen[cs]es|under)\\b");
        String best = null;
        for (Map.Entry<String, String> entry : LICENSES.entrySet()) {
            String key = entry.getKey();
            boolean plain = licenseSaid || key.matches(".*[0-9-].*|gpl|lgpl|agpl|gplv2|gplv3|mpl|unlicense")
                    || r.matches("\\b(use|uses|using|used|with|pick|picked|chose|chosen) (the )?" + Pattern.quote(key) + "\\b");
            if (plain && QuestionReader.word(r.text(), key) && (best == null || key.length() > best.length())) {
                best = entry.getKey();
            }
        }
        return Optional.ofNullable(best).map(LICENSES::get);
    }

    private static final Pattern COUNTED = Pattern.compile("\\b(?:(at least|more than|"
            + "over|above|fewer than|less than|under|below|at most|exactly|with|have|has|got|)\\s*(\\d{1,6}|no|zero|one|two|"
            + "three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)\\+? (stars?|forks?)|forked (at least|more than|"
            + "over) (\\d{1,6}|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred) times)\\b");

    private static final Pattern TOPIC = Pattern.compile("\\b(?:(?:with|has|have|having|"
            + "the|a) (?:the )?topic|tagged(?: with)?(?: (?:the|a))?(?: topic)?|topic)[ :]+[\"'`]?([a-z0-9][a-z0-9-]{0,49})[\"'`]?|\\b(?:with|has|have|"
            + "having) (?:the |a )?[\"'`]?([a-z0-9][a-z0-9-]{0,49})[\"'`]? topic\\b");

    /** The topic a question names ("with the topic cli", "tagged rust"), if any. */
    static Optional<String> topic(Reading r) {
        Matcher matcher = TOPIC.matcher(r.text());
        if (!matcher.find()) {
            return Optional.empty();
        }
        String topic = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        return Lexicon.COMMON.contains(topic) ? Optional.empty() : Optional.of(topic);
    }

    /** "at least 5 stars", "0 stars", "no stars", "more than 10 forks", "forked at least 5 times": list_repos bounds. */
    private static void counted(Reading r, ObjectNode arguments) {
        Matcher matcher = COUNTED.matcher(r.text());
        if (!matcher.find()) {
            return;
        }
        boolean forks = matcher.group(3) == null || matcher.group(3).startsWith("fork");
        String bound = matcher.group(3) == null ? matcher.group(4) : matcher.group(1).trim();
        String digits = matcher.group(3) == null ? matcher.group(5) : matcher.group(2);
        int n = digits.matches("\\d+") ? Integer.parseInt(digits) : digits.equals("hundred") ? 100
                : Lexicon.NUMBER_WORDS.getOrDefault(digits, 0);
        String min = forks ? "min_forks" : "min_stars";
        switch (bound) {
            case "more than", "over", "above" -> arguments.put(min, n + 1);
            case "at least" -> arguments.put(min, n);
            case "fewer than", "less than", "under", "below" -> {
                if (!forks && n > 0) {
                    arguments.put("max_stars", n - 1);
                }
            }
            case "at most" -> {
                if (!forks) {
                    arguments.put("max_stars", n);
                }
            }
            default -> {
                if (!forks) {
                    arguments.put("min_stars", n).put("max_stars", n);
                } else if (n > 0) {
                    arguments.put(min, n);
                }
            }
        }
    }

    /** The list_repos arguments for the reading's repository filters. */
    static ObjectNode filters(Reading r, ObjectNode arguments) {
        spdx(r).ifPresent(license -> arguments.put("license", license));
        topic(r).ifPresent(topic -> arguments.put("topic", topic));
        counted(r, arguments);
        r.language().ifPresent(language -> arguments.put(r.primaryLanguage() ? "primary_language" : "language", language));
        r.technology().ifPresent(tech -> arguments.put("tech_stack", tech));
        for (Map.Entry<Reading.Signal, Boolean> signal : r.signals().entrySet()) {
            arguments.put(signal.getKey().argument, signal.getValue());
        }
        r.privateRepos().ifPresent(isPrivate -> arguments.put("visibility", isPrivate ? "private" : "public"));
        r.forks().ifPresent(fork -> arguments.put("fork", fork));
        r.archived().ifPresent(archived -> arguments.put("archived", archived));
        r.inactive().ifPresent(inactive -> arguments.put("no_commits_since", inactive.before().toString()));
        period(r).ifPresent(range -> {
            boolean created = created(r);
            arguments.put(created ? "created_since" : "committed_since", range.since().toString());
            arguments.put(created ? "created_until" : "committed_until", range.until().toString());
        });
        return arguments;
    }

    /** The filters in words: "are private and have CI but no tests". */
    static String condition(Reading r) {
        List<String> parts = new ArrayList<>();
        r.privateRepos().ifPresent(p -> parts.add(p ? "are private" : "are public"));
        r.forks().ifPresent(f -> parts.add(f ? "are forks" : "are not forks"));
        r.archived().ifPresent(a -> parts.add(a ? "are archived" : "are not archived"));
        r.language().ifPresent(l -> parts.add(r.primaryLanguage() ? "are mainly written in " + l
                : "use " + l + " (any amount of code)"));
        r.technology().ifPresent(t -> parts.add("use " + t));
        spdx(r).ifPresent(license -> parts.add("are under the " + license + " license"));
        topic(r).ifPresent(topic -> parts.add("have the topic `" + topic + "`"));
        ObjectNode bounds = JsonNodeFactory.instance.objectNode();
        counted(r, bounds);
        if (bounds.has("min_stars") && bounds.has("max_stars") && bounds.get("min_stars").equals(bounds.get("max_stars"))) {
            parts.add("have exactly " + Say.plural(bounds.get("min_stars").asLong(), "star"));
        } else {
            if (bounds.has("min_stars")) {
                parts.add("have at least " + Say.plural(bounds.get("min_stars").asLong(), "star"));
            }
            if (bounds.has("max_stars")) {
                parts.add("have at most " + Say.plural(bounds.get("max_stars").asLong(), "star"));
            }
        }
        if (bounds.has("min_forks")) {
            parts.add("were forked at least " + Say.plural(bounds.get("min_forks").asLong(), "time"));
        }
        List<String> has = new ArrayList<>();
        List<String> lacks = new ArrayList<>();
        r.signals().forEach((signal, wanted) -> (wanted ? has : lacks).add(wanted ? signal.label
                : signal.label.replaceFirst("^a ", "")));
        if (!has.isEmpty()) {
            parts.add("have " + Say.join(has));
        }
        if (!lacks.isEmpty()) {
            parts.add((has.isEmpty() ? "have no " : "no ") + Say.join(lacks).replace(" and ", " or "));
        }
        r.inactive().ifPresent(i -> parts.add("have had " + i.label()));
        period(r).ifPresent(range -> {
            boolean created = created(r);
            parts.add(created ? "were created " + range.label() : "got commits from you " + range.label());
        });
        String joined = Say.join(parts);
        return joined.replace("have CI and no ", "have CI but no ");
    }

    /**
     * The period that selects repositories: only when the question ties it to commits, activity or creation ("repos I
     * worked on last week", "created in 2024") — "I deploy this weekend; which repos have Docker?" is about now.
     */
    static Optional<TimeRange> period(Reading r) {
        return r.period().filter(range -> created(r) || r.mentionsCommits() || r.matches("\\b(touch\\w*|work(ed|ing)? on|"
                + "worked|active|activity|updat\\w*|chang\\w*|edit\\w*|modif\\w*|develop\\w*|hack\\w*|cod(e|ed|ing)|"
                + "maintain\\w*|busy|quiet|inactive|dormant|did i|have i|were)\\b"));
    }

    /** A period of creation ("repos I created in 2024", "made in 2024"), not of commits ("made commits to"). */
    static boolean created(Reading r) {
        return r.any("created", "create", "creation", "started", "start", "new", "began", "begin", "begun", "founded",
                "launched", "launch", "initialized", "initialised")
                || r.matches("\\b(made|make|set up|opened|spun up|kick(ed)?[- ]off)\\b(?! (any |a |some )?(commits?|changes|"
                + "contributions|pushes))");
    }

    /** The condition for one repository: "is private", "has CI". */
    static String singular(String condition) {
        return (" " + condition).replace(" are ", " is ").replace(" have ", " has ").replace(" use ", " uses ")
                .replace(" were ", " was ").replace(" is forks", " is a fork").replace(" is not forks", " is not a fork")
                .substring(1);
    }
}
