package dev.bitofgit.app;

import dev.bitofgit.report.ReportFormat;
import dev.bitofgit.report.ReportRejected;
import dev.bitofgit.report.ReportRenderer;
import dev.bitofgit.report.YearReport;
import dev.bitofgit.tools.ToolContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `bitofgit report USERNAME`: the year in review from the store, as GET /users/{username}/report makes it. Reads the
 * store directly, so it sees private repositories (like `ask`) unless --public-only leaves them out.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write a year in review of an ingested account: a self-contained HTML page (default),",
            "Markdown, the facts as JSON, or the 1200 x 630 SVG share card. From the store only, no network."})
final class ReportCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main parent;

    @Parameters(paramLabel = "USERNAME", description = "the account")
    String username;

    @Option(names = "--year", paramLabel = "YEAR",
            description = "the calendar year (default: the latest year with a commit of the account's own)")
    Integer year;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "html", description = "html (default), md, json or svg")
    String format;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "-",
            description = "the file to write, or - for standard output (the default)")
    String out;

    @Option(names = "--public-only", description = "leave private repositories out: a report to share")
    boolean publicOnly;

    @Option(names = "--card-url", paramLabel = "URL",
            description = "the share card's address for the page's Open Graph tags (default with --out NAME.html: "
                    + "NAME.svg beside it)")
    String cardUrl;

    @Override
    public Integer call() throws IOException {
        ReportFormat chosen;
        try {
            chosen = ReportFormat.of(format);
        } catch (ReportRejected e) {
            System.err.println("bitofgit: --" + e.getMessage());
            return Main.USAGE;
        }
        boolean toStdout = out.equals("-");
        try (Application application = Application.open(parent.settings(null, null))) {
            long started = System.nanoTime();
            YearReport report;
            try {
                report = application.reports().build(username, year == null ? OptionalInt.empty()
                        : OptionalInt.of(year), publicOnly ? ToolContext.publicOnly() : application.localProcessContext());
            } catch (ReportRejected e) {
                System.err.println("bitofgit: " + (e.reason() == ReportRejected.Reason.BAD_ARGUMENT ? "--" : "")
                        + e.getMessage());
                return e.reason() == ReportRejected.Reason.BAD_ARGUMENT ? Main.USAGE : Main.FAILED;
            }
            Optional<String> card = Optional.ofNullable(cardUrl).filter(url -> !url.isBlank())
                    .or(() -> toStdout ? Optional.empty() : Optional.of(cardBeside(Path.of(out))));
            String body = new ReportRenderer(application.mapper()).render(report, chosen, card, Optional.empty());
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            if (toStdout) {
                System.out.write(bytes);
                System.out.flush();
            } else {
                WholeFile.write(Path.of(out), partial -> Files.write(partial, bytes));
            }
            (toStdout ? System.err : System.out).printf(Locale.ROOT, "report: %s %d (%s, %s, %,d bytes) to %s in %.2f s%n",
                    report.username(), report.year(), chosen.id(), report.privateIncluded() ? "private repositories "
                            + "included" : "public repositories only", bytes.length, toStdout ? "standard output" : out,
                    (System.nanoTime() - started) / 1e9);
            return Main.OK;
        }
    }

    /** report.html → report.svg: where `--format svg --out report.svg` puts the card the page names. */
    private static String cardBeside(Path page) {
        String name = page.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + ".svg";
    }
}
