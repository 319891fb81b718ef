package dev.bitofgit.report;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a {@link YearReport} into one of its {@link ReportFormat}s. The HTML page names its share card in Open Graph
 * tags when {@code cardUrl} is given (the web gives an absolute address of the public card; a file may give a
 * relative one, or none).
 */
public final class ReportRenderer {
    /** Bumped when a field of the JSON face changes meaning or goes away. */
    static final int JSON_VERSION = 1;

    private final JsonMapper mapper;

    public ReportRenderer(JsonMapper mapper) {
        this.mapper = requireNonNull(mapper, "mapper == null");
    }

    public String render(YearReport report, ReportFormat format, Optional<String> cardUrl, Optional<String> pageUrl) {
        requireNonNull(report, "report == null");
        requireNonNull(format, "format == null");
        return switch (format) {
            case HTML -> HtmlReport.render(report, new HtmlReport.Links(cardUrl, pageUrl));
            case MARKDOWN -> MarkdownReport.render(report);
            case SVG -> SvgCard.render(report);
            case JSON -> json(report);
        };
    }

    private String json(YearReport report) {
        ObjectNode json = mapper.createObjectNode();
        json.put("format_version", JSON_VERSION);
        json.put("year", report.year());
        json.setAll((ObjectNode) mapper.valueToTree(report));
        return mapper.writeValueAsString(json);
    }
}
