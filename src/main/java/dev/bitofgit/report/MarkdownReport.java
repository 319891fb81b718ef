package dev.bitofgit.report;

import static dev.bitofgit.report.Markup.markdown;
import static dev.bitofgit.report.Markup.number;

import dev.bitofgit.report.YearFacts.Change;
import dev.bitofgit.report.YearFacts.LanguageShare;
import dev.bitofgit.report.YearFacts.NewRepo;
import dev.bitofgit.report.YearFacts.Person;
import dev.bitofgit.report.YearFacts.RepoYear;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The report as Markdown (GitHub-flavoured tables), for a README or a gist; every name passes through {@link Markup#markdown}. */
final class MarkdownReport {
    private MarkdownReport() {
    }

    static String render(YearReport report) {
        YearFacts now = report.current();
        YearFacts before = report.previous();
        int year = now.year();
        int previous = before.year();
        StringBuilder md = new StringBuilder(8_000);
        md.append("# ").append(markdown(report.displayName())).append(" — ").append(year).append(" in review\n\n");
        md.append("@").append(markdown(report.username())).append(" · BitofGit year in review, ").append(year)
                .append(" beside ").append(previous).append(" · ")
                .append(report.privateIncluded() ? "includes private repositories" : "public repositories only")
                .append("\n\n");
        report.dataStatus().ifPresent(status -> md.append("> **Note:** ").append(markdown(status)).append("\n\n"));
        md.append(markdown(report.narrative())).append("\n\n");

        md.append("| | ").append(year).append(" | ").append(previous).append(" | change |\n|---|--:|--:|--:|\n");
        row(md, "Your commits", now.ownCommits(), before.ownCommits());
        row(md, "Everyone's commits", now.allCommits(), before.allCommits());
        row(md, "Active days", now.activeDays(), before.activeDays());
        row(md, "Longest streak (days)", now.longestStreak().days(), before.longestStreak().days());
        row(md, "Lines added", now.additions(), before.additions());
        row(md, "Lines deleted", now.deletions(), before.deletions());
        row(md, "Repositories committed to", now.reposTouched(), before.reposTouched());
        row(md, "New repositories", now.newRepoCount(), before.newRepoCount());
        md.append('\n');

        md.append("## When\n\nDays, weekdays and hours in ").append(markdown(report.timeZone())).append(".\n\n");
        md.append("| | ").append(year).append(" | ").append(previous).append(" |\n|---|---|---|\n");
        md.append("| Busiest month | ").append(period(now.busiestMonth(), true)).append(" | ")
                .append(period(before.busiestMonth(), true)).append(" |\n");
        md.append("| Busiest weekday | ").append(period(now.busiestWeekday(), false)).append(" | ")
                .append(period(before.busiestWeekday(), false)).append(" |\n");
        md.append("| Busiest hour | ").append(now.busiestHour().map(p -> p.label() + ":00 (" + number(p.commits()) + ")")
                .orElse("—")).append(" | ").append(before.busiestHour().map(p -> p.label() + ":00 ("
                + number(p.commits()) + ")").orElse("—")).append(" |\n\n");
        md.append("| Month | ").append(year).append(" | ").append(previous).append(" |\n|---|--:|--:|\n");
        for (int month = 0; month < 12; month++) {
            md.append("| ").append(Month.of(month + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).append(" | ")
                    .append(number(now.months().get(month))).append(" | ").append(number(before.months().get(month)))
                    .append(" |\n");
        }
        md.append("\n| Weekday | ").append(year).append(" | ").append(previous).append(" |\n|---|--:|--:|\n");
        for (int day = 0; day < 7; day++) {
            md.append("| ").append(DayOfWeek.of(day + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).append(" | ")
                    .append(number(now.weekdays().get(day))).append(" | ").append(number(before.weekdays().get(day)))
                    .append(" |\n");
        }
        md.append('\n');

        section(md, "Top repositories (your commits)", now, before, facts -> {
            StringBuilder list = new StringBuilder();
            for (RepoYear repo : facts.topRepos()) {
                list.append("- ").append(markdown(repo.name())).append(": ").append(number(repo.commits()))
                        .append(" commits, +").append(number(repo.additions())).append(" / −")
                        .append(number(repo.deletions())).append(" lines\n");
            }
            return list.isEmpty() ? "No commits of yours.\n" : list.toString();
        });
        section(md, "Languages (your commits, weighted by each repository's language bytes)", now, before, facts -> {
            StringBuilder list = new StringBuilder();
            for (LanguageShare share : facts.languages().stream().limit(6).toList()) {
                list.append("- ").append(markdown(share.language())).append(": ").append(Markup.percent(share.percent()))
                        .append('\n');
            }
            return list.isEmpty() ? "No language data.\n" : list.toString();
        });
        section(md, "New repositories", now, before, facts -> {
            StringBuilder list = new StringBuilder().append(number(facts.newRepoCount())).append(" created.\n\n");
            for (NewRepo repo : facts.newRepos()) {
                list.append("- ").append(markdown(repo.name()))
                        .append(repo.language().map(l -> " (" + markdown(l) + ")").orElse(""))
                        .append(repo.isPrivate() ? " · private" : "").append(repo.fork() ? " · fork" : "").append('\n');
            }
            return list.toString();
        });
        section(md, "Biggest commit", now, before, facts -> facts.biggestCommit().map(commit -> "\"" + markdown(
                Markup.cut(commit.subject(), 140)) + "\" in " + markdown(commit.repo()) + " (`"
                + commit.sha().substring(0, Math.min(7, commit.sha().length())) + "`, "
                + commit.date().substring(0, Math.min(10, commit.date().length())) + "): +" + number(commit.additions())
                + " / −" + number(commit.deletions()) + " lines\n").orElse("No commits of yours.\n"));
        section(md, "Collaborators", now, before, facts -> {
            StringBuilder list = new StringBuilder();
            for (Person person : facts.collaborators()) {
                list.append("- ").append(markdown(person.name()))
                        .append(person.login().map(login -> " (@" + markdown(login) + ")").orElse("")).append(": ")
                        .append(number(person.commits())).append(" commits in ").append(number(person.repos()))
                        .append(person.repos() == 1 ? " repository\n" : " repositories\n");
            }
            return list.isEmpty() ? "Nobody else committed.\n" : list.toString();
        });
        section(md, "Engineering changes", now, before, facts -> {
            StringBuilder list = new StringBuilder();
            for (Change change : facts.engineeringChanges()) {
                list.append("- ").append(change.date()).append(": ").append(markdown(change.repo())).append(" gained ")
                        .append(markdown(change.signal())).append(" (\"").append(markdown(Markup.cut(change.subject(), 90)))
                        .append("\")\n");
            }
            return list.isEmpty() ? "No repository gained CI, tests, Docker or a license.\n" : list.toString();
        });

        md.append("## How this was counted\n\n");
        report.method().forEach(note -> md.append("- ").append(markdown(note)).append('\n'));
        md.append("\n_Made by BitofGit from its local copy of GitHub data, without the network, at ")
                .append(report.generatedAt()).append("._\n");
        return md.toString();
    }

    private static void row(StringBuilder md, String label, long now, long before) {
        md.append("| ").append(label).append(" | ").append(number(now)).append(" | ").append(number(before))
                .append(" | ").append(Markup.change(now, before)).append(" |\n");
    }

    private static String period(Optional<YearFacts.Period> period, boolean month) {
        return period.map(p -> (month ? Narrative.monthName(p.label()) : markdown(p.label())) + " ("
                + number(p.commits()) + ")").orElse("—");
    }

    private static void section(StringBuilder md, String heading, YearFacts now, YearFacts before,
                                Function<YearFacts, String> body) {
        md.append("## ").append(heading).append("\n\n### ").append(now.year()).append("\n\n").append(body.apply(now))
                .append("\n### ").append(before.year()).append("\n\n").append(body.apply(before)).append('\n');
    }
}
