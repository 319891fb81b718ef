package dev.bitofgit.answer;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rhythm of the user's commits, beyond "the busiest": averages ("commits per week on average", "how often do I
 * commit"), shares ("what percentage of my commits are on weekends / at night / in url-shortener"), one part of the
 * day or week against another ("more in the morning or the evening", "Mondays or Fridays", "am I a night owl") and
 * the longest break without a commit. Parts of the day are fixed hour ranges, said in the answer; days and hours are
 * in each commit's own time zone unless the question names one.
 */
final class RhythmFamily implements CommitFamily {
    /** A named part of the day or week, as hours (0–23) or ISO weekdays (1–7). */
    /** A part of the day (hours from–to, the end exclusive, wrapping past midnight) or of the week (ISO days). */
    record Part(String name, String range, boolean hours, int from, int to) {
        boolean contains(int value) {
            return from < to ? value >= from && value < to : value >= from || value < to % 24;
        }
    }

    private static final List<Part> PARTS = List.of(
            new Part("on weekends", "Saturday and Sunday", false, 6, 8),
            new Part("on weekdays", "Monday to Friday", false, 1, 6),
            new Part("in the morning", "05:00–11:59", true, 5, 12),
            new Part("in the afternoon", "12:00–16:59", true, 12, 17),
            new Part("in the evening", "17:00–21:59", true, 17, 22),
            new Part("at night", "22:00–04:59", true, 22, 5),
            new Part("during working hours", "09:00–16:59", true, 9, 17),
            new Part("outside working hours", "17:00–08:59", true, 17, 9));
    private static final String[] DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

    /** What a rhythm question asks for. */
    private enum Kind { GAP, SHARE, PARTS, AVERAGE }

    @Override
    public boolean honours(Conditions.Type type) {
        return type == Conditions.Type.HOURS || type == Conditions.Type.WEEKDAYS;
    }

    @Override
    public int fit(Reading r) {
        return kind(r).isPresent() ? 84 : 0;
    }

    private static Optional<Kind> kind(Reading r) {
        if (r.inactive().isPresent() || r.matches("\\bmerges?\\b|\\bmerge commits?\\b")
                || r.matches("\\b(which|what) (repo|repos|repository|repositories|project|projects)\\b")
                && !r.matches("\\b(percent(age)?|share|proportion|fraction)\\b")) {
            return Optional.empty();
        }
        if (gap(r)) {
            return Optional.of(Kind.GAP);
        }
        // "no matter how small its share" (of a language) is not a share of commits
        if (share(r) && (!parts(r).isEmpty() || !r.repos().isEmpty() && r.mentionsCommits() || r.matches("(?<!of )\\bmine\\b|\\bby me\\b|\\bmy own\\b"))) {
            return Optional.of(parts(r).isEmpty() ? Kind.SHARE : Kind.PARTS);
        }
        if (share(r) && !weekdays(r).isEmpty() && r.mentionsCommits()) {
            return Optional.of(Kind.PARTS); // "what share of my commits land on a Friday"
        }
        if (HourRanges.find(r.text()).isPresent() && (r.mentionsCommits() || r.measure() == Reading.Measure.COUNT)) {
            return Optional.of(Kind.PARTS);
        }
        boolean openQuestion = r.matches("\\b(which|what) (day|days|weekday|time|hour|part)\\b|\\bor what\\b|\\bwhen\\b");
        if (!openQuestion && parts(r).size() + weekdays(r).size() >= 2 && r.matches("\\b(or|vs\\.?|versus|than|compared)\\b")) {
            return Optional.of(Kind.PARTS);
        }
        if (!openQuestion && r.matches("\\b(night owl|early bird|morning person|evening person|nocturnal)\\b")) {
            return Optional.of(Kind.PARTS);
        }
        boolean breakdown = r.matches("\\b(breakdown|each|every|totals?)\\b") && !r.matches("\\b(average|avg|mean)\\b");
        if (!breakdown && average(r) && (r.mentionsCommits() || r.matches("\\bhow often\\b"))) {
            return Optional.of(Kind.AVERAGE);
        }
        return Optional.empty();
    }

    private static boolean gap(Reading r) {
        return r.matches("\\b(longest|biggest|largest|long|longer|max(imum)?) (break|gap|pause|hiatus|dry spell|drought|"
                + "absence|time off|stretch without|period without|time without|streak without|run without)\\b")
                || r.matches("\\b(break|gap|pause|hiatus)s? (from|in|between) (committing|commits|coding|my commits)\\b")
                || r.matches("\\b(longest|biggest|longer|long) (stretch|period|spell|run|time|streak|string of days)\\b.*"
                + "\\b(no|without|zero|not a single|didn'?t|did not|never) (commits?|committing|coding|push(es|ed)?)\\b")
                || r.matches("\\bmost days (in a row )?without\\b") || r.matches("\\bwithout (a )?(single )?commit\\w*\\b.*\\b(longest|most days)\\b");
    }

    private static boolean share(Reading r) {
        return r.matches("\\b(percent(age)?|share|proportion|fraction|ratio|how much of|what part of)\\b|%");
    }

    private static boolean average(Reading r) {
        return r.matches("\\b(average|averages|avg|on average|mean|median|typical commit|per (day|week|month|year)|(commits?|times|pushes) "
                + "(an?|each|every) (day|week|month|year)|how often|how frequently|cadence|frequency|commit rate|"
                + "(how many|number of) commits (do|did) i (usually|typically|normally))\\b");
    }

    /** The named part ("at night", "on weekends"). */
    static Part part(String name) {
        return PARTS.stream().filter(part -> part.name().equals(name)).findFirst().orElseThrow();
    }

    static List<Part> parts(Reading r) {
        List<Part> found = new ArrayList<>();
        String text = r.text().replaceAll("\\bnight owl\\b", "at night").replaceAll("\\b(early bird|morning person)\\b",
                "in the morning").replaceAll("\\bevening person\\b", "in the evening");
        for (Part part : PARTS) {
            String key = part.name().replaceFirst("^(on|in the|at|during|outside) ", "");
            String pattern = switch (key) {
                case "weekends" -> "\\b(weekends?|saturdays? (and|or|&) sundays?)\\b";
                case "weekdays" -> "\\b(weekdays?|work ?days?|business days?)\\b";
                case "morning" -> "\\b(mornings?|am|before noon|early)\\b";
                case "afternoon" -> "\\bafternoons?\\b";
                case "evening" -> "\\bevenings?\\b";
                case "night" -> "\\b(night|nights|nighttime|late at night|late-night|after midnight|nocturnal)\\b";
                case "working hours" -> part.name().startsWith("outside")
                        ? "\\b(outside|after|beyond) (of )?(working|work|business|office) hours\\b|\\bafter work\\b"
                        : "(?<!outside )(?<!after )(?<!beyond )\\b(during )?(working|work|business|office) hours\\b";
                default -> "\\b" + key + "\\b";
            };
            if (Regex.of(pattern).matcher(text).find()) {
                found.add(part);
            }
        }
        // Hours the question states ("between midnight and 5am", "after 10pm") replace the named parts they contain.
        HourRanges.find(r.text()).ifPresent(stated -> {
            found.removeIf(Part::hours);
            found.add(stated);
        });
        return found;
    }

    static List<Integer> weekdays(Reading r) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < DAYS.length; i++) {
            if (r.matches("\\b" + DAYS[i] + "s?\\b")) {
                found.add(i + 1);
            }
        }
        return found;
    }

    @Override
    public boolean consumes(String word) {
        return word.matches("land|lands|landed|fall|falls|fell|happen|happens|happened");
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        return switch (kind(r).orElseThrow()) {
            case GAP -> gapAnswer(r, tools);
            // "what percentage of my commits are in X" is X's part of mine; "how much of X did I write" is mine of X's
            case SHARE -> !r.repos().isEmpty() && r.matches("\\b(of|of all) (my|your) (own )?commits\\b")
                    && !r.matches("\\bmine\\b|\\bby me\\b") ? repoShare(r, tools) : mineShare(r, tools);
            case PARTS -> partsAnswer(r, tools, parts(r), weekdays(r));
            case AVERAGE -> averageAnswer(r, tools);
        };
    }

    private static ObjectNode activity(Reading r, ToolCalls tools, CommitScope scope, String groupBy) {
        return scope.arguments(r, tools.args().put("group_by", groupBy), true);
    }

    private static Reply partsAnswer(Reading r, ToolCalls tools, List<Part> parts, List<Integer> weekdays) {
        CommitScope scope = CommitScope.of(r);
        boolean byHour = parts.stream().anyMatch(Part::hours);
        long[] counts = new long[byHour ? 24 : 8];
        JsonNode activity = tools.call("get_activity_summary", activity(r, tools, scope, byHour ? "hour" : "weekday"));
        long total = 0;
        for (JsonNode item : activity.get("series")) {
            String period = item.get("period").asString();
            int key = byHour ? Integer.parseInt(period) : dayNumber(period);
            counts[key] += item.get("commits").asLong();
            total += item.get("commits").asLong();
        }
        List<String[]> named = new ArrayList<>();
        for (Part part : parts) {
            if (part.hours() == byHour) {
                long sum = 0;
                for (int i = 0; i < counts.length; i++) {
                    sum += part.contains(i) ? counts[i] : 0;
                }
                named.add(new String[] {part.name(), Long.toString(sum), part.range()});
            }
        }
        if (!byHour) {
            for (int day : weekdays) {
                named.add(new String[] {"on " + Say.weekday(day) + "s", Long.toString(counts[day]), ""});
            }
        }
        String readAs = Say.readAs(scope.whose(), Say.when(r.period(), "all time"), Say.zone(r.zone()),
                CommitScope.repoScope(r));
        if (total == 0) {
            return Reply.of("There are no commits " + Say.when(r.period(), "") + " to look at.", readAs, List.of());
        }
        final long all = total;
        // Hours and weekdays at once ("between 3pm and 4pm on Saturdays") need a cross tabulation the tools do not
        // give: say so rather than drop the weekday silently.
        String unapplied = byHour && !weekdays.isEmpty() ? "I can't combine hours with weekdays yet, so this counts "
                + "every day of the week, not only " + Say.join(weekdays.stream().map(day -> Say.weekday(day) + "s")
                .toList()) + ": " : "";
        if (named.size() == 1 && (r.measure() == Reading.Measure.COUNT && !share(r))) {
            String[] only = named.get(0);
            long n = Long.parseLong(only[1]);
            return Reply.of(unapplied + scope.subject() + " made **" + Say.plural(n, "commit") + "** " + only[0]
                    + " (" + (only[2].isEmpty() ? "" : only[2] + ", ") + Say.zone(r.zone()) + ") " + Say.when(r.period(), "in total") + " — "
                    + percent(n, all) + " of " + Say.number(all) + ".", readAs,
                    List.of("What is my busiest hour?", "What is my busiest weekday?"));
        }
        if (named.size() == 1) {
            String[] only = named.get(0);
            long n = Long.parseLong(only[1]);
            return Reply.of(unapplied + "**" + percent(n, all) + "** of " + (scope.own() ? "your" : "the") + " commits ("
                    + Say.number(n) + " of " + Say.number(all) + ") were made " + only[0] + (only[2].isEmpty() ? ""
                    : " (" + only[2] + ")") + r.period().map(p -> " " + p.label()).orElse("") + ", "
                    + Say.zone(r.zone()) + ".",
                    readAs, List.of("What is my busiest hour?", "What is my busiest weekday?"));
        }
        named.sort((a, b) -> Long.compare(Long.parseLong(b[1]), Long.parseLong(a[1])));
        String[] top = named.get(0);
        boolean tie = top[1].equals(named.get(1)[1]);
        String text = (tie ? "About the same: " : "More " + top[0] + ": ")
                + Say.join(named, item -> Say.plural(Long.parseLong(item[1]), "commit") + " " + item[0] + " ("
                + (item[2].isEmpty() ? "" : item[2] + ", ") + percent(Long.parseLong(item[1]), all) + ")")
                + " of " + Say.number(all) + ", " + Say.zone(r.zone()) + ".";
        return Reply.of(text, readAs, List.of("What is my busiest hour?", "What is my busiest weekday?"));
    }

    private static int dayNumber(String name) {
        for (int i = 0; i < DAYS.length; i++) {
            if (DAYS[i].equalsIgnoreCase(name)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a weekday: " + name);
    }

    /** "What percentage of my commits are in url-shortener": the repository's own commits of all the user's. */
    private static Reply repoShare(Reading r, ToolCalls tools) {
        CommitScope scope = CommitScope.of(r.withoutRepos());
        String repo = r.repo().orElseThrow();
        long part = commits(tools, scope.arguments(r, tools.args(), false));
        long all = commits(tools, scope.arguments(r.withoutRepos(), tools.args(), false));
        String readAs = Say.readAs(scope.whose(), Say.when(r.period(), "all time"), "repository " + repo + " of all");
        return Reply.of(all == 0 ? "There are no commits " + Say.when(r.period(), "") + "."
                : "**" + percent(part, all) + "** of " + (scope.own() ? "your" : "all") + " commits" + (r.period().isPresent() ? " " + r.period().get().label() : "")
                + " are in **" + repo + "** (" + Say.number(part) + " of " + Say.number(all) + ").", readAs,
                List.of("What is " + repo + " about?")).about(repo);
    }

    /** "What share of the commits in url-shortener are mine": the user's own against everyone's. */
    private static Reply mineShare(Reading r, ToolCalls tools) {
        long own = commits(tools, new CommitScope(true, "your own commits").arguments(r, tools.args(), false));
        long all = commits(tools, new CommitScope(false, "everyone's commits").arguments(r, tools.args(), false));
        String where = r.repo().map(repo -> "in **" + repo + "**").orElse("in your repositories");
        String readAs = Say.readAs("your own commits of everyone's", Say.when(r.period(), "all time"), CommitScope.repoScope(r));
        return Reply.of(all == 0 ? "There are no commits " + where + " " + Say.when(r.period(), "") + "."
                : "**" + percent(own, all) + "** of the commits " + where + " are yours (" + Say.number(own) + " of "
                + Say.number(all) + ").", readAs, List.of("Who is my most frequent collaborator?"));
    }

    private static long commits(ToolCalls tools, ObjectNode arguments) {
        return tools.call("get_activity_summary", arguments.put("group_by", "year")).get("commits").asLong();
    }

    private static Reply averageAnswer(Reading r, ToolCalls tools) {
        CommitScope scope = CommitScope.of(r);
        String unit = r.matches("\\bactive days?\\b|\\bdays? (when|that|on which|where) i\\b|\\bon (the )?days i\\b")
                ? "active day" : r.matches("\\b(per|a|an|each|every) day\\b|\\bdaily\\b") ? "day"
                : r.matches("\\b(per|a|an|each|every) month\\b|\\bmonthly\\b") ? "month"
                : r.matches("\\b(per|a|an|each|every) year\\b|\\byearly\\b|\\bannual(ly)?\\b") ? "year" : "week";
        // Counts and lines from the day roll-ups; only the first day needs one commit, read through its index.
        JsonNode activity = tools.call("get_activity_summary", scope.arguments(r, tools.args().put("group_by", "year"), false));
        long commits = activity.get("commits").asLong();
        String readAs = Say.readAs(scope.whose(), Say.when(r.period(), "from your first commit to today"),
                CommitScope.repoScope(r));
        if (commits == 0) {
            return Reply.of("There are no commits " + Say.when(r.period(), "") + " to average.", readAs, List.of());
        }
        if (r.matches("\\blines?\\b|\\bsize\\b|\\bbig\\b") && !r.matches("\\b(per|a|an|each|every) (day|week|month|year)\\b")
                && !activity.get("additions").isNull()) {
            long added = activity.get("additions").asLong();
            long deleted = activity.get("deletions").asLong();
            if (r.matches("\\bmedian\\b")) {
                return Reply.of("I can't give the median: the tools total the lines of the commits rather than list every "
                        + "commit's size. The mean is " + decimal((double) (added + deleted) / commits) + " lines changed per commit ("
                        + Say.number(added) + " added and " + Say.number(deleted) + " deleted over " + Say.plural(commits, "commit")
                        + ").", readAs, List.of("What is my biggest commit?"));
            }
            // "lines I add per commit", "lines deleted per commit": one side, not both
            boolean onlyAdded = r.matches("\\b(add|adds|added|adding|additions?|write|wrote|written|insert\\w*)\\b")
                    && !r.matches("\\b(delete\\w*|deletions?|remove\\w*|removals?|chang\\w*|churn|touch\\w*|net)\\b");
            boolean onlyDeleted = r.matches("\\b(delete\\w*|deletions?|remove\\w*|removals?)\\b")
                    && !r.matches("\\b(add|adds|added|adding|additions?|chang\\w*|churn|touch\\w*|net)\\b");
            if (onlyAdded || onlyDeleted) {
                long lines = onlyAdded ? added : deleted;
                return Reply.of("An average commit of " + (scope.own() ? "yours" : "the selection") + " " + (onlyAdded
                        ? "added **" : "deleted **") + decimal((double) lines / commits) + " lines**: " + Say.number(lines)
                        + (onlyAdded ? " added" : " deleted") + " over " + Say.plural(commits, "commit") + ".", readAs,
                        List.of("What is my biggest commit?"));
            }
            return Reply.of("An average commit of " + (scope.own() ? "yours" : "the selection") + " changed **"
                    + decimal((double) (added + deleted) / commits) + " lines**: " + Say.number(added) + " added and "
                    + Say.number(deleted) + " deleted over " + Say.plural(commits, "commit") + ".", readAs,
                    List.of("What is my biggest commit?"));
        }
        if (unit.equals("active day")) {
            long days = activity.get("active_days").asLong();
            return Reply.of("On the days you committed, you made **" + decimal((double) commits / days) + " commits** "
                    + "on average: " + Say.plural(commits, "commit") + " over " + Say.plural(days, "active day") + " "
                    + Say.when(r.period(), "in all") + ".", readAs, List.of("What is my longest streak?"));
        }
        LocalDate today = tools.today();
        LocalDate since = r.period().map(TimeRange::since).orElseGet(() -> {
            JsonNode first = tools.call("get_commit_timeline", scope.arguments(r, tools.args(), false)
                    .put("order", "oldest").put("limit", 1)).get("commits").get(0);
            return LocalDate.parse(Say.day(first.get("date")));
        });
        LocalDate until = r.period().map(TimeRange::until).filter(end -> !end.isAfter(today.plusDays(1)))
                .orElse(today.plusDays(1));
        long days = Math.max(1, ChronoUnit.DAYS.between(since, until));
        double units = switch (unit) {
            case "day" -> days;
            case "month" -> days / 30.436875;
            case "year" -> days / 365.2425;
            default -> days / 7.0;
        };
        double rate = commits / units;
        String text = (scope.own() ? "You made" : "There were") + " **" + decimal(rate) + " commits per " + unit
                + "** on average: " + Say.plural(commits, "commit") + " over " + decimal(units) + " " + unit + "s ("
                + since + " to " + until.minusDays(1) + ").";
        return Reply.of(text, readAs, List.of("What is my busiest month?", "What is my longest streak?"));
    }

    private static Reply gapAnswer(Reading r, ToolCalls tools) {
        CommitScope scope = CommitScope.of(r);
        JsonNode activity = tools.call("get_activity_summary", activity(r, tools, scope, "day"));
        String readAs = Say.readAs("days with " + scope.whose(), Say.when(r.period(), "all time"), Say.zone(r.zone()),
                CommitScope.repoScope(r));
        List<LocalDate> days = new ArrayList<>();
        for (JsonNode item : activity.get("series")) {
            if (item.get("commits").asLong() > 0) {
                days.add(LocalDate.parse(item.get("period").asString()));
            }
        }
        days.sort(null);
        if (days.size() < 2) {
            return Reply.of("There are too few days with commits " + Say.when(r.period(), "") + " to find a break.",
                    readAs, List.of());
        }
        LocalDate from = days.get(0);
        LocalDate to = days.get(0);
        for (int i = 1; i < days.size(); i++) {
            if (ChronoUnit.DAYS.between(days.get(i - 1), days.get(i)) > ChronoUnit.DAYS.between(from, to)) {
                from = days.get(i - 1);
                to = days.get(i);
            }
        }
        long longest = ChronoUnit.DAYS.between(from, to) - 1;
        String text = "Your longest break was **" + Say.plural(longest, "day") + "** without a commit"
                + (scope.own() ? " of yours" : "") + ": from " + from.plusDays(1) + " to " + to.minusDays(1)
                + " (between commits on " + from + " and " + to + ").";
        LocalDate last = days.get(days.size() - 1);
        long current = ChronoUnit.DAYS.between(last, tools.today()) - 1;
        if (r.period().isEmpty() && current > longest) {
            text += " The break going on now is longer: " + Say.plural(current, "day") + " since " + last + ".";
        } else if (r.period().isEmpty() && current > 0) {
            text += " Your current break: " + Say.plural(current, "day") + " since your last commit on " + last + ".";
        }
        return Reply.of(text, readAs, List.of("What is my longest streak?", "When was my last commit?"));
    }

    private static String percent(long part, long all) {
        return String.format(Locale.ROOT, "%.1f%%", 100.0 * part / all);
    }

    private static String decimal(double value) {
        return value >= 100 ? Say.number(Math.round(value)) : String.format(Locale.ROOT, "%.1f", value);
    }
}
