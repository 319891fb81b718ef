package dev.bitofgit.report;

import static dev.bitofgit.report.Markup.number;
import static dev.bitofgit.report.Markup.xml;

import dev.bitofgit.report.YearFacts.Change;
import dev.bitofgit.report.YearFacts.LanguageShare;
import dev.bitofgit.report.YearFacts.NewRepo;
import dev.bitofgit.report.YearFacts.Period;
import dev.bitofgit.report.YearFacts.Person;
import dev.bitofgit.report.YearFacts.RepoYear;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The report as one self-contained HTML page: inline CSS, charts as inline SVG, no script and nothing fetched, so it
 * opens offline and prints on A4 as it is. Open Graph tags point at the share card when its address is known.
 */
final class HtmlReport {
    /** Long lists (new repositories, engineering changes) show this many on the page; the JSON face has them all. */
    static final int LIST_LIMIT = 20;
    private static final String STYLE = """
            :root { --fg: #1f2328; --muted: #59636e; --border: #d0d7de; --accent: #0969da; --card: #fff; --bg: #f6f8fa;
              color-scheme: light; }
            * { box-sizing: border-box; }
            body { margin: 0; background: var(--bg); color: var(--fg);
              font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; }
            main { max-width: 920px; margin: 0 auto; padding: 24px 16px 40px; }
            h1 { font-size: 1.8rem; margin: 0; line-height: 1.2; }
            h2 { font-size: 1.05rem; margin: 0 0 8px; }
            h3 { font-size: .95rem; margin: 0 0 6px; }
            .sub { color: var(--muted); margin: 4px 0 14px; }
            .note { background: #fff8c5; border: 1px solid #d4a72c; border-radius: 6px; padding: 6px 10px; }
            .lead { background: var(--card); border-left: 4px solid var(--accent); border-radius: 6px; padding: 12px 16px;
              margin: 14px 0; font-size: 1.03rem; }
            .tiles { display: grid; grid-template-columns: repeat(4, 1fr); gap: 10px; margin: 14px 0; }
            .tile { background: var(--card); border: 1px solid var(--border); border-radius: 8px; padding: 10px 12px;
              break-inside: avoid; }
            .tile b { display: block; font-size: 1.55rem; font-variant-numeric: tabular-nums; }
            .tile > span { display: block; }
            .was { color: var(--muted); font-size: .85rem; }
            .up { color: #1a7f37; } .down { color: #cf222e; }
            section.card { background: var(--card); border: 1px solid var(--border); border-radius: 8px;
              padding: 14px 16px; margin: 14px 0; break-inside: avoid; }
            .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 18px; }
            .pair > div, .charts > div { min-width: 0; overflow-x: auto; }
            .before h3, .before { color: var(--muted); }
            .charts { display: grid; grid-template-columns: 1fr 1fr; gap: 18px; }
            .charts .wide { grid-column: 1 / -1; }
            svg.chart { display: block; max-width: 100%; height: auto; }
            table { border-collapse: collapse; width: 100%; }
            th, td { text-align: left; padding: 3px 6px; border-bottom: 1px solid var(--border); vertical-align: top; }
            th { font-weight: 600; font-size: .9rem; }
            .n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            ul.plain { margin: 0; padding-left: 18px; }
            .tag { font-size: .78rem; border: 1px solid var(--border); border-radius: 10px; padding: 0 6px; color: var(--muted); }
            code { font-size: .88em; }
            .notes { font-size: .85rem; color: var(--muted); }
            .share svg { width: 100%; height: auto; border-radius: 8px; display: block; }
            footer { color: var(--muted); font-size: .85rem; margin-top: 18px; }
            @page { size: A4; margin: 12mm; }
            @media print {
              body { background: #fff; font-size: 9.5pt; }
              main { max-width: none; padding: 0; }
              .tile, section.card { border-color: #bbb; }
              .share { display: none; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            @media (max-width: 640px) {
              .tiles { grid-template-columns: repeat(2, 1fr); }
              .pair, .charts { grid-template-columns: 1fr; }
              .n { white-space: normal; }
              h1 { font-size: 1.4rem; }
            }
            """;

    private HtmlReport() {
    }

    /** Where the share card and the shareable page live, when the caller knows (the web does; a file may not). */
    record Links(Optional<String> card, Optional<String> page) {
    }

    static String render(YearReport report, Links links) {
        YearFacts now = report.current();
        YearFacts before = report.previous();
        int year = now.year();
        int previous = before.year();
        String title = report.displayName() + " — " + year + " in review";
        StringBuilder html = new StringBuilder(40_000);
        html.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(xml(title)).append("</title>\n")
                .append("<meta name=\"description\" content=\"").append(xml(summary(report))).append("\">\n")
                .append("<meta name=\"generator\" content=\"BitofGit\">\n")
                .append("<meta property=\"og:type\" content=\"website\">\n")
                .append("<meta property=\"og:title\" content=\"").append(xml(title)).append("\">\n")
                .append("<meta property=\"og:description\" content=\"").append(xml(summary(report))).append("\">\n");
        links.page().ifPresent(page -> html.append("<meta property=\"og:url\" content=\"").append(xml(page))
                .append("\">\n"));
        links.card().ifPresent(card -> html.append("<meta property=\"og:image\" content=\"").append(xml(card))
                .append("\">\n<meta property=\"og:image:type\" content=\"image/svg+xml\">\n")
                .append("<meta property=\"og:image:width\" content=\"").append(SvgCard.WIDTH).append("\">\n")
                .append("<meta property=\"og:image:height\" content=\"").append(SvgCard.HEIGHT).append("\">\n")
                .append("<meta property=\"og:image:alt\" content=\"").append(xml(title)).append("\">\n")
                .append("<meta name=\"twitter:card\" content=\"summary_large_image\">\n")
                .append("<meta name=\"twitter:image\" content=\"").append(xml(card)).append("\">\n"));
        html.append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");

        html.append("<header>\n<h1>").append(xml(title)).append("</h1>\n<p class=\"sub\">@")
                .append(xml(report.username())).append(" · BitofGit year in review, ").append(year).append(" beside ")
                .append(previous).append(" · ")
                .append(report.privateIncluded() ? "includes private repositories (share the public_only version)"
                        : "public repositories only: nothing private is on this page")
                .append("</p>\n");
        report.dataStatus().ifPresent(status -> html.append("<p class=\"note\">").append(xml(status)).append("</p>\n"));
        html.append("</header>\n");
        html.append("<p class=\"lead\" id=\"narrative\">").append(xml(report.narrative())).append("</p>\n");

        html.append("<div class=\"tiles\" id=\"headline\">\n");
        tile(html, "Your commits", now.ownCommits(), before.ownCommits(), previous);
        tile(html, "Everyone's commits", now.allCommits(), before.allCommits(), previous);
        tile(html, "Active days", now.activeDays(), before.activeDays(), previous);
        tile(html, "Longest streak (days)", now.longestStreak().days(), before.longestStreak().days(), previous);
        tile(html, "Lines added", now.additions(), before.additions(), previous);
        tile(html, "Lines deleted", now.deletions(), before.deletions(), previous);
        tile(html, "Repositories committed to", now.reposTouched(), before.reposTouched(), previous);
        tile(html, "New repositories", now.newRepoCount(), before.newRepoCount(), previous);
        html.append("</div>\n");

        html.append("<section class=\"card\" id=\"rhythm\">\n<h2>When</h2>\n<div class=\"charts\">\n");
        List<String> monthLabels = IntStream.rangeClosed(1, 12)
                .mapToObj(m -> Month.of(m).getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).toList();
        html.append("<div class=\"wide\"><h3>Your commits per month</h3>")
                .append(SvgCharts.bars("Your commits per month, " + year + " and " + previous, monthLabels,
                        now.months(), before.months(), year, previous, 1, 640)).append("</div>\n");
        List<String> weekdayLabels = IntStream.rangeClosed(1, 7)
                .mapToObj(d -> DayOfWeek.of(d).getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).toList();
        html.append("<div><h3>Weekday</h3>").append(SvgCharts.bars("Your commits per weekday, " + year + " and "
                + previous, weekdayLabels, now.weekdays(), before.weekdays(), year, previous, 1, 330)).append("</div>\n");
        List<String> hourLabels = IntStream.range(0, 24).mapToObj(h -> String.format(Locale.ROOT, "%02d", h)).toList();
        html.append("<div><h3>Hour of day</h3>").append(SvgCharts.bars("Your commits per hour of day, " + year
                + " and " + previous, hourLabels, now.hours(), before.hours(), year, previous, 4, 330)).append("</div>\n");
        html.append("</div>\n<p class=\"notes\">Days, weekdays and hours in ").append(xml(report.timeZone()))
                .append(".</p>\n<table>\n<tr><th></th><th>").append(year).append("</th><th>").append(previous)
                .append("</th></tr>\n");
        busiestRow(html, "Busiest month", now.busiestMonth().map(p -> label(p, Narrative.monthName(p.label()))),
                before.busiestMonth().map(p -> label(p, Narrative.monthName(p.label()))));
        busiestRow(html, "Busiest weekday", now.busiestWeekday().map(p -> label(p, p.label())),
                before.busiestWeekday().map(p -> label(p, p.label())));
        busiestRow(html, "Busiest hour", now.busiestHour().map(p -> label(p, p.label() + ":00")),
                before.busiestHour().map(p -> label(p, p.label() + ":00")));
        html.append("<tr><th>Longest streak</th><td>").append(streak(now)).append("</td><td class=\"before\">")
                .append(streak(before)).append("</td></tr>\n</table>\n</section>\n");

        pair(html, "top-repos", "Top repositories (your commits)", now, before, HtmlReport::topRepos);
        html.append("<section class=\"card\" id=\"languages\">\n<h2>Languages</h2>\n<div class=\"pair\">\n");
        for (YearFacts facts : List.of(now, before)) {
            List<LanguageShare> shares = facts.languages().stream().limit(6).toList();
            html.append("<div").append(facts == before ? " class=\"before\"" : "").append("><h3>").append(facts.year())
                    .append("</h3>").append(SvgCharts.shares("Languages " + facts.year(),
                            shares.stream().map(LanguageShare::language).toList(),
                            shares.stream().map(LanguageShare::percent).toList(),
                            facts == now ? SvgCharts.CURRENT : SvgCharts.PREVIOUS)).append("</div>\n");
        }
        html.append("</div>\n<p class=\"notes\">Share of your commits, each repository's commits split by its language "
                + "bytes (as GitHub counts them): languages weighted by your commits, not bytes you touched.</p>\n"
                + "</section>\n");
        pair(html, "new-repos", "New repositories", now, before, HtmlReport::newRepos);
        pair(html, "biggest-commit", "Biggest commit", now, before, HtmlReport::biggest);
        pair(html, "collaborators", "Collaborators (commits to your repositories)", now, before, HtmlReport::people);
        pair(html, "engineering", "Engineering changes", now, before, HtmlReport::changes);

        html.append("<section class=\"card notes\" id=\"method\">\n<h2>How this was counted</h2>\n<ul class=\"plain\">\n");
        report.method().forEach(note -> html.append("<li>").append(xml(note)).append("</li>\n"));
        html.append("</ul>\n</section>\n");
        html.append("<section class=\"card share\" id=\"share-card\">\n<h2>Share card</h2>\n")
                .append(SvgCard.render(report)).append("\n</section>\n");
        html.append("<footer>Made by BitofGit from its local copy of GitHub data, without the network, at ")
                .append(xml(report.generatedAt().toString())).append(".</footer>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    /** One line for search results and link previews. */
    static String summary(YearReport report) {
        YearFacts now = report.current();
        StringBuilder text = new StringBuilder();
        text.append(number(now.ownCommits())).append(now.ownCommits() == 1 ? " commit" : " commits").append(" on ")
                .append(number(now.activeDays())).append(now.activeDays() == 1 ? " day" : " days").append(" in ")
                .append(now.year());
        if (now.longestStreak().days() > 1) {
            text.append(", a ").append(now.longestStreak().days()).append("-day streak");
        }
        if (!now.topRepos().isEmpty()) {
            text.append(", most of all in ").append(now.topRepos().get(0).name());
        }
        return text.append('.').toString();
    }

    private static void tile(StringBuilder html, String label, long now, long before, int previousYear) {
        String change = Markup.change(now, before);
        String direction = change.startsWith("+") || change.equals("new") ? "up" : change.startsWith("−") ? "down" : "";
        html.append("<div class=\"tile\"><span>").append(xml(label)).append("</span><b>").append(number(now))
                .append("</b><span class=\"was\">").append(previousYear).append(": ").append(number(before))
                .append(" · <span class=\"").append(direction).append("\">").append(change).append("</span></span>")
                .append("</div>\n");
    }

    private static String label(Period period, String name) {
        return xml(name) + " (" + number(period.commits()) + ")";
    }

    private static void busiestRow(StringBuilder html, String label, Optional<String> now, Optional<String> before) {
        html.append("<tr><th>").append(label).append("</th><td>").append(now.orElse("—"))
                .append("</td><td class=\"before\">").append(before.orElse("—")).append("</td></tr>\n");
    }

    private static String streak(YearFacts facts) {
        YearFacts.Streak streak = facts.longestStreak();
        if (streak.days() == 0) {
            return "—";
        }
        String days = streak.days() == 1 ? "1 day" : streak.days() + " days";
        return streak.start().isPresent() ? days + " (" + streak.start().get() + " to " + streak.end().orElseThrow()
                + ")" : days;
    }

    private static void pair(StringBuilder html, String id, String heading, YearFacts now, YearFacts before,
                             Function<YearFacts, String> body) {
        html.append("<section class=\"card\" id=\"").append(id).append("\">\n<h2>").append(xml(heading))
                .append("</h2>\n<div class=\"pair\">\n<div><h3>").append(now.year()).append("</h3>\n")
                .append(body.apply(now)).append("</div>\n<div class=\"before\"><h3>").append(before.year())
                .append("</h3>\n").append(body.apply(before)).append("</div>\n</div>\n</section>\n");
    }

    private static String topRepos(YearFacts facts) {
        if (facts.topRepos().isEmpty()) {
            return "<p>No commits of yours.</p>\n";
        }
        StringBuilder html = new StringBuilder("<table>\n<tr><th>Repository</th><th class=\"n\">Commits</th>"
                + "<th class=\"n\">Lines +/−</th><th class=\"n\">Days</th></tr>\n");
        for (RepoYear repo : facts.topRepos()) {
            html.append("<tr><td>").append(xml(repo.name())).append("</td><td class=\"n\">").append(number(repo.commits()))
                    .append("</td><td class=\"n\">+").append(number(repo.additions())).append(" / −")
                    .append(number(repo.deletions())).append("</td><td class=\"n\">").append(number(repo.activeDays()))
                    .append("</td></tr>\n");
        }
        return html.append("</table>\n").toString();
    }

    private static String newRepos(YearFacts facts) {
        if (facts.newRepoCount() == 0) {
            return "<p>None.</p>\n";
        }
        StringBuilder html = new StringBuilder("<p>").append(number(facts.newRepoCount()))
                .append(facts.newRepoCount() == 1 ? " repository" : " repositories").append("</p>\n<ul class=\"plain\">\n");
        List<NewRepo> shown = facts.newRepos().stream().limit(LIST_LIMIT).toList();
        for (NewRepo repo : shown) {
            html.append("<li>").append(xml(repo.name()));
            repo.language().ifPresent(language -> html.append(" <span class=\"tag\">").append(xml(language))
                    .append("</span>"));
            if (repo.isPrivate()) {
                html.append(" <span class=\"tag\">private</span>");
            }
            if (repo.fork()) {
                html.append(" <span class=\"tag\">fork</span>");
            }
            html.append("</li>\n");
        }
        if (facts.newRepoCount() > shown.size()) {
            html.append("<li>and ").append(number(facts.newRepoCount() - shown.size())).append(" more</li>\n");
        }
        return html.append("</ul>\n").toString();
    }

    private static String biggest(YearFacts facts) {
        return facts.biggestCommit().map(commit -> "<p><b>" + xml(Markup.cut(commit.subject(), 140)) + "</b><br>"
                        + xml(commit.repo()) + " · <code>" + xml(commit.sha().substring(0, Math.min(7, commit.sha().length())))
                        + "</code> · " + xml(commit.date().substring(0, Math.min(10, commit.date().length()))) + " · +"
                        + number(commit.additions()) + " / −" + number(commit.deletions()) + " lines</p>\n")
                .orElse("<p>No commits of yours.</p>\n");
    }

    private static String people(YearFacts facts) {
        if (facts.collaborators().isEmpty()) {
            return "<p>Nobody else committed.</p>\n";
        }
        StringBuilder html = new StringBuilder("<table>\n<tr><th>Person</th><th class=\"n\">Commits</th>"
                + "<th class=\"n\">Repositories</th></tr>\n");
        for (Person person : facts.collaborators()) {
            html.append("<tr><td>").append(xml(person.name()));
            person.login().filter(login -> !login.equalsIgnoreCase(person.name()))
                    .ifPresent(login -> html.append(" <span class=\"tag\">@").append(xml(login)).append("</span>"));
            html.append("</td><td class=\"n\">").append(number(person.commits())).append("</td><td class=\"n\">")
                    .append(number(person.repos())).append("</td></tr>\n");
        }
        return html.append("</table>\n").toString();
    }

    private static String changes(YearFacts facts) {
        if (facts.engineeringChanges().isEmpty()) {
            return "<p>No repository gained CI, tests, Docker or a license.</p>\n";
        }
        List<String> items = new ArrayList<>();
        for (Change change : facts.engineeringChanges().stream().limit(LIST_LIMIT).toList()) {
            items.add("<li>" + xml(change.date().toString()) + " · <b>" + xml(change.repo()) + "</b> gained "
                    + xml(change.signal()) + ": “" + xml(Markup.cut(change.subject(), 90)) + "”</li>\n");
        }
        if (facts.engineeringChanges().size() > LIST_LIMIT) {
            items.add("<li>and " + number(facts.engineeringChanges().size() - LIST_LIMIT) + " more</li>\n");
        }
        return "<ul class=\"plain\">\n" + String.join("", items) + "</ul>\n";
    }
}
