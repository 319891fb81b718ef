package dev.bitofgit.report;

import static dev.bitofgit.report.Markup.cut;
import static dev.bitofgit.report.Markup.number;
import static dev.bitofgit.report.Markup.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The share card: a 1200 × 630 SVG (the Open Graph image size) with the year's headline numbers, each with its change
 * on the previous year, and the months as small bars. Standalone (its own xmlns, no external fonts or images) and
 * embeddable inline; names are cut to fit and escaped.
 */
final class SvgCard {
    static final int WIDTH = 1200;
    static final int HEIGHT = 630;
    private static final String FONT = "system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif";

    private SvgCard() {
    }

    static String render(YearReport report) {
        YearFacts now = report.current();
        YearFacts before = report.previous();
        StringBuilder svg = new StringBuilder(6_000);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" font-family=\"").append(xml(FONT)).append("\">");
        svg.append("<title>").append(xml(report.displayName() + " — " + now.year() + " in review: "
                + number(now.ownCommits()) + " commits on " + number(now.activeDays()) + " days")).append("</title>");
        svg.append("<defs><linearGradient id=\"bitofgit-card-bg\" x1=\"0\" y1=\"0\" x2=\"1\" y2=\"1\">")
                .append("<stop offset=\"0\" stop-color=\"#0d1117\"/><stop offset=\"1\" stop-color=\"#1b2d52\"/>")
                .append("</linearGradient></defs>");
        svg.append("<rect width=\"1200\" height=\"630\" fill=\"url(#bitofgit-card-bg)\"/>");
        svg.append("<text x=\"64\" y=\"80\" fill=\"#8b949e\" font-size=\"26\">BitofGit · year in review</text>");
        svg.append("<text x=\"64\" y=\"150\" fill=\"#ffffff\" font-size=\"58\" font-weight=\"700\">")
                .append(xml(cut(report.displayName(), 30))).append("</text>");
        svg.append("<text x=\"64\" y=\"200\" fill=\"#58a6ff\" font-size=\"32\">").append(now.year())
                .append(" in review · @").append(xml(cut(report.username(), 39)))
                .append(report.privateIncluded() ? "" : " · public repositories").append("</text>");

        List<String[]> tiles = List.of(
                tile(number(now.ownCommits()), "commits", now.ownCommits(), before.ownCommits()),
                tile(number(now.activeDays()), "active days", now.activeDays(), before.activeDays()),
                tile(number(now.longestStreak().days()), "day streak", now.longestStreak().days(),
                        before.longestStreak().days()),
                tile(number(now.additions()), "lines added", now.additions(), before.additions()));
        for (int i = 0; i < tiles.size(); i++) {
            int x = 64 + i * 272;
            String[] tile = tiles.get(i);
            svg.append("<rect x=\"").append(x).append("\" y=\"240\" width=\"250\" height=\"170\" rx=\"14\" ")
                    .append("fill=\"#ffffff\" fill-opacity=\"0.06\"/>");
            svg.append("<text x=\"").append(x + 22).append("\" y=\"318\" fill=\"#ffffff\" font-size=\"")
                    .append(tile[0].length() > 9 ? 38 : tile[0].length() > 7 ? 44 : tile[0].length() > 5 ? 52 : 60).append("\" font-weight=\"700\">").append(xml(tile[0]))
                    .append("</text>");
            svg.append("<text x=\"").append(x + 22).append("\" y=\"356\" fill=\"#c9d1d9\" font-size=\"24\">")
                    .append(xml(tile[1])).append("</text>");
            svg.append("<text x=\"").append(x + 22).append("\" y=\"392\" fill=\"").append(tile[3])
                    .append("\" font-size=\"20\">").append(xml(tile[2] + " vs " + before.year())).append("</text>");
        }

        List<String> highlights = new ArrayList<>();
        if (!now.topRepos().isEmpty()) {
            highlights.add("Top repo: " + cut(now.topRepos().get(0).name(), 26));
        }
        if (!now.languages().isEmpty()) {
            highlights.add(cut(now.languages().get(0).language(), 16) + " " + Markup.percent(now.languages().get(0).percent()));
        }
        now.busiestMonth().ifPresent(month -> highlights.add("busiest in " + Narrative.monthName(month.label())));
        svg.append("<text x=\"64\" y=\"462\" fill=\"#e6edf3\" font-size=\"26\">")
                .append(xml(highlights.isEmpty() ? "No commits of your own this year" : String.join("  ·  ", highlights)))
                .append("</text>");

        long max = Math.max(1, Math.max(now.months().stream().mapToLong(Long::longValue).max().orElse(0),
                before.months().stream().mapToLong(Long::longValue).max().orElse(0)));
        double slot = (WIDTH - 128) / 12.0;
        for (int month = 0; month < 12; month++) {
            double x = 64 + slot * month;
            svg.append(bar(x + slot * 0.18, slot * 0.3, before.months().get(month), max, "#8b949e", 0.45));
            svg.append(bar(x + slot * 0.5, slot * 0.3, now.months().get(month), max, "#58a6ff", 1));
        }
        svg.append("<text x=\"1136\" y=\"606\" text-anchor=\"end\" fill=\"#8b949e\" font-size=\"18\">commits per month, ")
                .append(now.year()).append(" (blue) and ").append(before.year()).append(" (grey)</text>");
        return svg.append("</svg>").toString();
    }

    /** Value, label, change on the previous year and its colour (green up, red down, grey level). */
    private static String[] tile(String value, String label, long now, long before) {
        String change = Markup.change(now, before);
        String color = change.startsWith("+") || change.equals("new") ? "#3fb950"
                : change.startsWith("−") ? "#f85149" : "#8b949e";
        return new String[] {value, label, change, color};
    }

    private static String bar(double x, double width, long value, long max, String color, double opacity) {
        double height = value == 0 ? 0 : Math.max(2, 70.0 * value / max);
        return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"2\" "
                + "fill=\"%s\" fill-opacity=\"%.2f\"/>", x, 580 - height, width, height, color, opacity);
    }
}
