package dev.bitofgit.report;

import static dev.bitofgit.report.Markup.number;
import static dev.bitofgit.report.Markup.xml;

import java.util.List;
import java.util.Locale;

/**
 * Charts as inline SVG, drawn here so a report needs no script, no network and no chart library: it prints and opens
 * offline as it is. Every label passes through {@link Markup#xml}. Sizes are in user units; the SVGs scale to
 * their container (viewBox, width 100%).
 */
final class SvgCharts {
    static final String CURRENT = "#0969da";
    static final String PREVIOUS = "#b6c2cf";
    private static final String FONT = "font-family=\"system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif\"";

    private SvgCharts() {
    }

    /**
     * Grouped bars: for each label the previous year's bar (grey) beside this year's (blue). {@code every} names one
     * label in that many (hours: every third), the others stay in the bars' tooltips. {@code width} in user units:
     * the text keeps its size on the page when the chart's box is about that many pixels wide.
     */
    static String bars(String title, List<String> labels, List<Long> current, List<Long> previous, int year,
                       int previousYear, int every, int width) {
        int height = 200;
        int left = 40;
        int right = 8;
        int top = 24;
        int bottom = 24;
        long max = Math.max(1, Math.max(current.stream().mapToLong(Long::longValue).max().orElse(0),
                previous.stream().mapToLong(Long::longValue).max().orElse(0)));
        double slot = (width - left - right) / (double) labels.size();
        double bar = Math.max(1.5, slot * 0.36);
        double plot = height - top - bottom;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"100%\" role=\"img\" class=\"chart\" ").append(FONT).append(" font-size=\"11\">")
                .append("<title>").append(xml(title)).append("</title>");
        // Legend and a light grid at 0, half and the maximum.
        svg.append(legend(width - 150, 12, year, previousYear));
        for (int step = 0; step <= 2; step++) {
            double y = top + plot - plot * step / 2.0;
            long value = Math.round(max * step / 2.0);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#d0d7de\" "
                    + "stroke-width=\"1\"/>", left, y, width - right, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#59636e\">%s</text>",
                    left - 6, y + 4, number(value)));
        }
        for (int i = 0; i < labels.size(); i++) {
            double x = left + slot * i + (slot - 2 * bar) / 2;
            svg.append(rect(x, top, plot, bar, previous.get(i), max, PREVIOUS, labels.get(i) + " " + previousYear));
            svg.append(rect(x + bar, top, plot, bar, current.get(i), max, CURRENT, labels.get(i) + " " + year));
            if (i % every == 0) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#59636e\">%s"
                        + "</text>", left + slot * i + slot / 2, height - 8, xml(labels.get(i))));
            }
        }
        return svg.append("</svg>").toString();
    }

    /** Horizontal bars of per-cent shares (languages), longest first. */
    static String shares(String title, List<String> labels, List<Double> percents, String color) {
        int width = 320;
        int row = 22;
        int height = Math.max(1, labels.size()) * row + 4;
        int labelWidth = 110;
        double max = Math.max(1, percents.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"100%\" role=\"img\" class=\"chart\" ").append(FONT).append(" font-size=\"12\">")
                .append("<title>").append(xml(title)).append("</title>");
        if (labels.isEmpty()) {
            svg.append("<text x=\"0\" y=\"16\" fill=\"#59636e\">no language data</text>");
        }
        for (int i = 0; i < labels.size(); i++) {
            double y = i * row + 4;
            double length = (width - labelWidth - 52) * percents.get(i) / max;
            svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%.1f\" fill=\"#1f2328\">%s</text>", y + 13,
                    xml(Markup.cut(labels.get(i), 16))));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"14\" rx=\"2\" "
                    + "fill=\"%s\"><title>%s: %s</title></rect>", labelWidth, y + 2, Math.max(1, length), color,
                    xml(labels.get(i)), Markup.percent(percents.get(i))));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" fill=\"#59636e\">%s</text>",
                    labelWidth + Math.max(1, length) + 6, y + 13, Markup.percent(percents.get(i))));
        }
        return svg.append("</svg>").toString();
    }

    private static String rect(double x, int top, double plot, double width, long value, long max, String color,
                               String label) {
        double height = value == 0 ? 0 : Math.max(1, plot * value / max);
        return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                + "<title>%s: %s</title></rect>", x, top + plot - height, width, height, color, xml(label),
                value == 1 ? "1 commit" : number(value) + " commits");
    }

    private static String legend(int x, int y, int year, int previousYear) {
        return String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>"
                        + "<text x=\"%d\" y=\"%d\" fill=\"#1f2328\">%d</text>"
                        + "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>"
                        + "<text x=\"%d\" y=\"%d\" fill=\"#1f2328\">%d</text>",
                x, y - 9, CURRENT, x + 14, y, year, x + 70, y - 9, PREVIOUS, x + 84, y, previousYear);
    }
}
