package dev.bitofgit.report;

import static dev.bitofgit.report.Markup.number;

import dev.bitofgit.report.YearFacts.Change;
import dev.bitofgit.report.YearFacts.LanguageShare;
import dev.bitofgit.report.YearFacts.RepoYear;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report's one paragraph, written by a fixed template from the facts of the report and nothing else: every
 * number and name in it is on the page too. Plain text (renderers escape it). No language model is involved; a
 * rewrite by one would have to be checked against these facts, so it is left out.
 */
final class Narrative {
    private Narrative() {
    }

    static String write(YearReport report) {
        YearFacts now = report.current();
        YearFacts before = report.previous();
        String who = report.displayName();
        List<String> sentences = new ArrayList<>();
        if (now.ownCommits() == 0) {
            sentences.add("In " + now.year() + ", " + who + " made no commits of their own in the repositories "
                    + "BitofGit holds" + (now.allCommits() > 0 ? " (others made " + commits(now.allCommits()) + " there)"
                    : "") + ".");
            if (before.ownCommits() > 0) {
                sentences.add("In " + before.year() + " there were " + commits(before.ownCommits()) + ".");
            }
            newRepositories(now, sentences);
            return String.join(" ", sentences);
        }
        sentences.add("In " + now.year() + ", " + who + " made " + commits(now.ownCommits()) + " "
                + comparison(now.ownCommits(), before.ownCommits(), before.year()) + " on " + days(now.activeDays())
                + (now.allCommits() > now.ownCommits() ? ", out of " + number(now.allCommits())
                + " commits to these repositories by everyone" : "") + ".");
        if (now.longestStreak().days() > 1 && now.longestStreak().start().isPresent()) {
            sentences.add("The longest streak ran " + now.longestStreak().days() + " days in a row, from "
                    + day(now.longestStreak().start().get()) + " to " + day(now.longestStreak().end().orElseThrow())
                    + ".");
        }
        List<String> busiest = new ArrayList<>();
        now.busiestMonth().ifPresent(month -> busiest.add(monthName(month.label()) + " was the busiest month ("
                + commits(month.commits()) + ")"));
        now.busiestWeekday().ifPresent(weekday -> busiest.add(weekday.label() + " the busiest weekday"));
        now.busiestHour().ifPresent(hour -> busiest.add(hour.label() + ":00 the busiest hour, in "
                + (report.timeZone().startsWith("author") ? "each commit's own time zone" : report.timeZone())));
        if (!busiest.isEmpty()) {
            sentences.add(capitalize(join(busiest)) + ".");
        }
        if (!now.topRepos().isEmpty()) {
            RepoYear first = now.topRepos().get(0);
            String others = now.topRepos().size() > 1 ? ", followed by " + join(now.topRepos().subList(1,
                    Math.min(3, now.topRepos().size())).stream().map(RepoYear::name).toList()) : "";
            sentences.add("Most commits went to " + first.name() + " (" + number(first.commits()) + ")" + others
                    + ", across " + (now.reposTouched() == 1 ? "1 repository" : number(now.reposTouched())
                    + " repositories") + " in all.");
        }
        List<LanguageShare> languages = now.languages().stream().limit(2).toList();
        if (!languages.isEmpty()) {
            sentences.add("By language it was mostly " + join(languages.stream().map(l -> l.language() + " ("
                    + Markup.percent(l.percent()) + ")").toList()) + ".");
        }
        sentences.add("Lines: " + number(now.additions()) + " added and " + number(now.deletions()) + " deleted.");
        now.biggestCommit().ifPresent(commit -> sentences.add("The biggest commit, \"" + Markup.cut(commit.subject(), 80)
                + "\" in " + commit.repo() + ", changed " + number(commit.additions() + commit.deletions()) + " lines."));
        newRepositories(now, sentences);
        if (!now.collaborators().isEmpty()) {
            sentences.add("Worked alongside " + join(now.collaborators().stream().limit(3).map(p -> p.name()).toList())
                    + ".");
        }
        if (!now.engineeringChanges().isEmpty()) {
            Map<String, List<String>> bySignal = new LinkedHashMap<>();
            for (Change change : now.engineeringChanges()) {
                bySignal.computeIfAbsent(change.signal(), s -> new ArrayList<>()).add(change.repo());
            }
            List<String> gains = new ArrayList<>();
            bySignal.forEach((signal, repos) -> gains.add((repos.size() == 1 ? repos.get(0) : repos.size()
                    + " repositories") + " gained " + signal));
            sentences.add("Engineering: " + join(gains) + ".");
        }
        return String.join(" ", sentences);
    }

    private static void newRepositories(YearFacts now, List<String> sentences) {
        if (now.newRepoCount() == 1) {
            sentences.add("One new repository: " + now.newRepos().get(0).name() + ".");
        } else if (now.newRepoCount() > 1) {
            List<String> names = now.newRepos().stream().limit(3).map(YearFacts.NewRepo::name).toList();
            sentences.add(number(now.newRepoCount()) + " new repositories, among them " + join(names) + ".");
        }
    }

    private static String comparison(long now, long before, int previousYear) {
        if (before == 0) {
            return "(none in " + previousYear + ")";
        }
        String change = Markup.change(now, before);
        return change.equals("±0%") ? "(as many as in " + previousYear + ")"
                : "(" + change + " on " + previousYear + "'s " + number(before) + ")";
    }

    private static String commits(long count) {
        return count == 1 ? "1 commit" : number(count) + " commits";
    }

    private static String days(long count) {
        return count == 1 ? "1 day" : number(count) + " days";
    }

    private static String day(LocalDate date) {
        return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    static String monthName(String period) {
        return Month.of(Integer.parseInt(period.substring(5))).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    static String join(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
