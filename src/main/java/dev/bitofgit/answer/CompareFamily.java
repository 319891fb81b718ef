package dev.bitofgit.answer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Two things side by side: two repositories (which has more commits, lines, stars) or two periods (more commits
 * this year than last?). Answers with both numbers, so the comparison can be checked.
 */
final class CompareFamily implements Family {
    private static final String COMPARING = "\\b(more|fewer|less|compare[sd]?|comparison|vs\\.?|versus|than|"
            + "bigger|busier|larger|smaller|against|or|higher|lower|which of|out-?\\w+ing|ahead of|behind|outpac\\w*|beat(ing)?|"
            + "change|changed|differ|difference|go up|went up|go down|went down|above|below|exceed\\w*|slack(ed)? off|"
            + "slow(ed)? down|lazier)\\b";

    @Override
    public boolean followsPeople() {
        return true;
    }

    @Override
    public boolean consumes(String word) {
        return word.matches("ahead|behind|whether|level|even|pace");
    }

    @Override
    public int fit(Reading r) {
        if (!r.matches(COMPARING)) {
            return 0;
        }
        if (r.repos().size() >= 2) {
            return 85;
        }
        if (againstMe(r)) {
            return 86;
        }
        if (r.anyOf().size() == 2 && r.matches("\\b(more|fewer|less|compare[sd]?|comparison|vs\\.?|versus|bigger|larger|"
                + "smaller|which (is|has|one)|most)\\b")) {
            return 86;
        }
        if (r.periods().size() >= 2 && r.repos().size() <= 1) {
            return 84;
        }
        return 0;
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        // One period left (a follow-up "what about 2023?" after a comparison): its count, not half a comparison.
        return againstMe(r) ? personAndMe(r, tools) : r.repos().size() >= 2 ? repos(r, tools)
                : r.anyOf().size() == 2 ? alternatives(r, tools)
                : r.periods().size() < 2 ? new CommitCountFamily().answer(r, tools) : periods(r, tools);
    }

    /** "How many commits did Linus make there compared with me?", "has hubot committed more than me?" */
    private static boolean againstMe(Reading r) {
        return r.author().isPresent() && r.repos().size() <= 1 && r.matches("\\b(compared (with|to)|vs\\.?|versus|than|"
                + "against|relative to|next to) (me|mine|myself|my own|my commits|i (did|do|have|had))\\b|\\b(me|i) or\\b|\\bor (me|i)\\b");
    }

    private static Reply personAndMe(Reading r, ToolCalls tools) {
        String person = r.author().get();
        long[] values = new long[2];
        for (int i = 0; i < 2; i++) {
            ObjectNode arguments = CommitScope.where(r, tools.args());
            Say.range(arguments, r.period());
            if (i == 0) {
                arguments.put("own_only", false).put("author", person);
            } else {
                arguments.put("own_only", true);
            }
            values[i] = tools.call("get_activity_summary", arguments).get("commits").asLong();
        }
        String where = r.repo().map(repo -> " to **" + repo + "**").orElse("");
        String when = Say.when(r.period(), "in all");
        String verdict = r.matches("^(did|do|does|has|have|is|was)\\b") && r.matches("\\b(more|fewer|less)\\b")
                ? ((r.matches("\\b(fewer|less)\\b") ? values[0] < values[1] : values[0] > values[1]) ? "Yes — " : "No — ") : "";
        String text = verdict + "**" + person + "** made " + Say.plural(values[0], "commit") + where + " " + when + "; you made "
                + Say.number(values[1]) + ". " + (values[0] == values[1] ? "A tie."
                : (values[0] > values[1] ? person + " made " + Say.number(values[0] - values[1]) + " more."
                : "You made " + Say.number(values[1] - values[0]) + " more."));
        return Reply.of(text, Say.readAs("commits by " + person + " against your own", Say.when(r.period(), "all time"),
                CommitScope.repoScope(r)), List.of("Who is my most frequent collaborator?")).about(r.repo().orElse(""));
    }

    /** "Did hubot or linus commit more in 2026?": each person's commits in the period and repositories asked. */
    private static Reply people(Reading r, ToolCalls tools) {
        long[] values = new long[2];
        List<String> labels = r.anyOf().stream().map(Reading.Alternative::label).toList();
        for (int i = 0; i < 2; i++) {
            ObjectNode arguments = CommitScope.where(r, tools.args());
            Say.range(arguments, r.period());
            arguments.put("own_only", false).put("author", r.anyOf().get(i).value().toString());
            values[i] = tools.call("get_activity_summary", arguments).get("commits").asLong();
        }
        String when = Say.when(r.period(), "in all");
        String text = values[0] == values[1] ? "A tie: " + labels.get(0) + " and " + labels.get(1) + " each made "
                + Say.plural(values[0], "commit") + " " + when + "."
                : "**" + labels.get(values[0] > values[1] ? 0 : 1) + "** committed more " + when + ": "
                + Say.plural(Math.max(values[0], values[1]), "commit") + " against " + Say.number(Math.min(values[0],
                values[1])) + " for " + labels.get(values[0] > values[1] ? 1 : 0) + ".";
        return Reply.of(text, Say.readAs("commits by each person", Say.when(r.period(), "all time"),
                CommitScope.repoScope(r)), List.of("Who is my most frequent collaborator?"));
    }

    /**
     * "More Python repos or more Java repos?", "more commits in my Rust repos or my Go repos?", "more TypeScript or
     * Java by bytes?": repositories counted per side (main language when it says so), their commits, or bytes.
     */
    private static Reply alternatives(Reading r, ToolCalls tools) {
        if (r.anyOf().stream().allMatch(a -> a.argument().equals("author"))) {
            return people(r, tools);
        }
        Reading rest = r.withoutAlternatives();
        boolean bytes = r.matches("\\b(bytes?|kb|mb|how much code|lines of code|amount of code|code size|size)\\b")
                && r.anyOf().stream().allMatch(a -> a.argument().equals("language"));
        boolean commits = !bytes && r.mentionsCommits();
        CommitScope scope = CommitScope.of(r);
        long[] values = new long[2];
        List<String> labels = r.anyOf().stream().map(Reading.Alternative::label).toList();
        for (int i = 0; i < 2; i++) {
            Reading.Alternative side = r.anyOf().get(i);
            if (bytes) {
                for (JsonNode item : tools.call("get_language_breakdown", tools.args()).get("by_bytes")) {
                    if (item.get("language").asString().equalsIgnoreCase(side.label())) {
                        values[i] = item.get("bytes").asLong();
                    }
                }
                continue;
            }
            // The period bounds the commits counted, not which repositories are on each side.
            var arguments = RepoListFamily.filters(commits ? rest.withoutPeriod() : rest, tools.args()).put("limit", 100);
            boolean namesRepos = r.matches("\\b" + Pattern.quote(side.label().toLowerCase(Locale.ROOT))
                    + "\\W{0,2} ?(repos?|repositories|repository|projects?|codebases?)\\b");
            String argument = side.argument().equals("language") && (r.primaryLanguage() || !commits || namesRepos)
                    && !r.matches("\\b(use|uses|using|any)\\b") ? "primary_language" : side.argument();
            if (side.value() instanceof Boolean wanted) {
                arguments.put(argument, wanted);
            } else {
                arguments.put(argument, side.value().toString());
            }
            JsonNode listing = tools.call("list_repos", arguments);
            if (commits) {
                // Counted like any commit question over a set of repositories: its period, zone and whose commits.
                List<String> names = Say.names(listing.get("repos"), "name");
                values[i] = names.isEmpty() ? 0 : tools.call("get_activity_summary", scope.arguments(
                        rest.withRepoSet(new Reading.RepoSet(names, side.label())), tools.args(), true))
                        .get("commits").asLong();
            } else {
                values[i] = listing.get("total").asLong();
            }
        }
        String unit = bytes ? "bytes of code" : commits ? (scope.own() ? "of your commits" : "commits")
                + r.period().map(p -> " " + p.label()).orElse("") : "repositories";
        String text = values[0] == values[1] ? "A tie: " + Say.number(values[0]) + " " + unit + " each for "
                + labels.get(0) + " and " + labels.get(1) + "."
                : "**" + labels.get(values[0] > values[1] ? 0 : 1) + "**: " + Say.number(Math.max(values[0], values[1]))
                + " " + unit + " against " + Say.number(Math.min(values[0], values[1])) + " for "
                + labels.get(values[0] > values[1] ? 1 : 0) + ".";
        String how = bytes ? "bytes per language across your repositories" : commits
                ? scope.whose() + " in repositories of each" : "repositories of each";
        String when = commits ? Say.when(r.period(), "all time") + ", " + Say.zone(r.zone()) : "";
        return Reply.of(text, Say.readAs(how, labels.get(0) + " against " + labels.get(1), when, "repositories you can see"),
                List.of("Which languages do I use most?"));
    }

    private static Reply repos(Reading r, ToolCalls tools) {
        String a = r.repos().get(0);
        String b = r.repos().get(1);
        boolean own = r.own().orElse(false) && CommitScope.explicitlyMine(r);
        String metric = r.matches("\\b(stars?|starred|popular)\\b") ? "stars" : r.matches("\\blines?\\b") ? "lines"
                : "commits";
        long valueA = value(tools, r, a, metric, own);
        long valueB = value(tools, r, b, metric, own);
        String unit = switch (metric) {
            case "stars" -> "stars";
            case "lines" -> "lines changed";
            default -> own ? "of your commits" : "commits";
        };
        String readAs = Say.readAs(a + " against " + b + " by " + (metric.equals("commits") ? (own ? "your own "
                : "everyone's ") + "commits" : metric), Say.when(r.period(), metric.equals("stars") ? "" : "all time"));
        String text;
        String verdict = r.measure() == Reading.Measure.EXISTS
                ? (r.matches("\\b(fewer|less|smaller)\\b") ? valueA < valueB : valueA > valueB) ? "Yes — " : "No — " : "";
        if (valueA == valueB) {
            text = "**" + a + "** and **" + b + "** are level: " + Say.number(valueA) + " " + unit + " each.";
        } else {
            String winner = valueA > valueB ? a : b;
            text = "**" + winner + "** has more " + unit + ": **"
                    + a + "** " + Say.number(valueA) + " against **" + b + "** " + Say.number(valueB) + " "
                    + Say.when(r.period(), "").trim() + ".";
            text = text.replace(" .", ".");
        }
        return Reply.of(verdict + text, readAs, List.of("What is " + a + " about?", "What is " + b + " about?"));
    }

    private static long value(ToolCalls tools, Reading r, String repo, String metric, boolean own) {
        if (metric.equals("stars")) {
            return tools.call("get_repo_overview", tools.args().put("repo", repo)).get("stars").asLong();
        }
        var arguments = Say.range(tools.args().put("repo", repo).put("own_only", own), r.period());
        JsonNode stats = tools.call("get_activity_summary", arguments.put("group_by", "year"));
        return metric.equals("lines") ? stats.get("additions").asLong() + stats.get("deletions").asLong()
                : stats.get("commits").asLong();
    }

    private static Reply periods(Reading r, ToolCalls tools) {
        // The baseline is the period after "than", "vs", "compared to", "out-…ing": the other one is asked about.
        TimeRange first = r.periods().get(0);
        TimeRange second = r.periods().get(1);
        Matcher baseline = Regex.of("\\b(than|vs\\.?|versus|compared (to|with)|"
                + "against|out-?\\w+ing|relative to|over) (in |during )?(the )?(last year|this year|(19|20)\\d\\d)")
                .matcher(r.text());
        if (baseline.find()) {
            String said = baseline.group(5);
            int later = Math.max(first.since().getYear(), second.since().getYear());
            int earlier = Math.min(first.since().getYear(), second.since().getYear());
            int year = switch (said) {
                case "this year" -> later;
                case "last year" -> earlier;
                default -> Integer.parseInt(said);
            };
            if (first.since().getYear() == year && second.since().getYear() != year) {
                TimeRange swap = first;
                first = second;
                second = swap;
            }
        } else if (r.matches("\\b(change|changed|go up|went up|go down|went down|grow|grew|drop|dropped)\\b")
                && first.since().isBefore(second.since())) {
            // "how did it change from September to October": the later period is measured against the earlier
            TimeRange swap = first;
            first = second;
            second = swap;
        }
        CommitScope scope = CommitScope.of(r);
        long a = commits(tools, r.withPeriod(first), scope);
        long b = commits(tools, r.withPeriod(second), scope);
        boolean fewer = r.matches("\\b(fewer|less|lower|smaller|quieter|slack(ed)? off|slow(ed)? down|lazier|drop(ped)?|"
                + "declined?|below|behind)\\b");
        boolean holds = fewer ? a < b : a > b;
        // "this year or last", "the first half or the second half of 2024": which of the two, not yes or no.
        boolean eitherOr = r.matches("\\bor\\b") && !r.matches("\\bor not\\b");
        boolean upOrDown = r.matches("\\b(up or down|down or up|increase or decrease|gone up|went up|gone down|went down|"
                + "trend(ing)?|changed?|differ(ence)?)\\b");
        boolean yesNo = !eitherOr && !upOrDown && (r.measure() == Reading.Measure.EXISTS
                || r.matches("^(is|are|was|were|do|does|did|have|has|am)\\b")
                || r.matches("\\b(more|fewer|less|higher|lower|bigger|busier|out-?\\w+ing|whether|ahead|behind)\\b"));
        String text = (yesNo ? (holds ? "Yes — " : "No — ") : upOrDown ? (a == b ? "Unchanged — " : a > b ? "Up — "
                : "Down — ") : eitherOr ? (a == b ? "The same — " : fewer ? "Fewer " + (a < b ? first : second).label()
                + " — " : "More " + (a > b ? first : second).label() + " — ") : "")
                + Say.number(a) + " commits " + first.label() + " against " + Say.number(b) + " " + second.label()
                + (a == b ? ": the same." : a > b ? ": " + Say.number(a - b) + " more " + first.label() + "."
                : ": " + Say.number(b - a) + " fewer " + first.label() + ".");
        return Reply.of(text, Say.readAs(scope.whose(), first.label() + " against " + second.label(),
                Say.zone(r.zone()), CommitScope.repoScope(r)), List.of("What is my busiest month?"));
    }

    private static long commits(ToolCalls tools, Reading r, CommitScope scope) {
        return tools.call("get_activity_summary", scope.arguments(r, tools.args().put("group_by", "year"), true))
                .get("commits").asLong();
    }
}
