package dev.bitofgit.report;

import java.util.Arrays;
import java.util.Locale;

/** The faces of a report: a self-contained HTML page, Markdown, the facts as JSON, or the 1200 × 630 SVG share card. */
public enum ReportFormat {
    HTML("html", "text/html; charset=utf-8"),
    MARKDOWN("md", "text/markdown; charset=utf-8"),
    JSON("json", "application/json"),
    SVG("svg", "image/svg+xml");

    private final String id;
    private final String contentType;

    ReportFormat(String id, String contentType) {
        this.id = id;
        this.contentType = contentType;
    }

    /** The name used by ?format= and --format, and as the file extension. */
    public String id() {
        return id;
    }

    public String contentType() {
        return contentType;
    }

    /** html, md (or markdown), json or svg, in any case. */
    public static ReportFormat of(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        if (wanted.equals("markdown")) {
            return MARKDOWN;
        }
        return Arrays.stream(values()).filter(format -> format.id.equals(wanted)).findFirst().orElseThrow(() ->
                new ReportRejected(ReportRejected.Reason.BAD_ARGUMENT, "format must be html, md, json or svg, got '"
                        + Markup.cut(name.replaceAll("\\p{Cntrl}", "?"), 40) + "'"));
    }
}
