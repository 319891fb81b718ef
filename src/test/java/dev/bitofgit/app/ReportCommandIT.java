package dev.bitofgit.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoAccountGenerator;
import dev.bitofgit.demo.DemoRepo;
import dev.bitofgit.demo.DemoSpec;
import dev.bitofgit.testing.JarProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `bitofgit report` on the real jar: formats, files, the public variant, and the exit codes of bad input. */
class ReportCommandIT {
    @TempDir
    Path dir;

    @Test
    void report_writesEachFormat_toStandardOutputOrAFile_andSaysWhatWasWrong() throws Exception {
        Map<String, String> env = Map.of("BITOFGIT_DATA_DIR", dir.resolve("store").toString());
        try (JarProcess demo = JarProcess.start(env, "demo", "--load-only")) {
            assertThat(demo.awaitExit(Duration.ofSeconds(120))).isZero();
        }
        int year = LocalDate.now(ZoneOffset.UTC).getYear() - 1;
        DemoAccount octo = DemoAccountGenerator.generate(DemoSpec.octoDemo(LocalDate.now(ZoneOffset.UTC)));
        List<String> secrets = octo.repos().stream().filter(DemoRepo::isPrivate).map(DemoRepo::name).toList();

        try (JarProcess markdown = JarProcess.start(env, "report", "octo-demo", "--year", String.valueOf(year),
                "--format", "md")) {
            assertThat(markdown.awaitExit(Duration.ofSeconds(60))).isZero();
            assertThat(markdown.stdout().get(0)).isEqualTo("# Octo Demo — " + year + " in review");
            assertThat(markdown.stdout()).contains("## How this was counted");
            assertThat(markdown.stderr()).anyMatch(line -> line.startsWith("report: octo-demo " + year
                    + " (md, private repositories included, ") && line.contains(" to standard output in "));
        }

        Path page = dir.resolve("octo-" + year + ".html");
        try (JarProcess html = JarProcess.start(env, "report", "octo-demo", "--year", String.valueOf(year), "--out",
                page.toString())) {
            assertThat(html.awaitExit(Duration.ofSeconds(60))).isZero();
            assertThat(html.stdout()).singleElement().asString().startsWith("report: octo-demo " + year + " (html, ");
        }
        assertThat(Files.readString(page)).startsWith("<!doctype html>")
                .contains("<meta property=\"og:image\" content=\"octo-" + year + ".svg\">");
        assertThat(dir.resolve(page.getFileName() + ".partial")).doesNotExist();

        try (JarProcess card = JarProcess.start(env, "report", "octo-demo", "--year", String.valueOf(year), "--format",
                "svg", "--public-only", "--out", "-")) {
            assertThat(card.awaitExit(Duration.ofSeconds(60))).isZero();
            String svg = String.join("\n", card.stdout());
            assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1200\" height=\"630\"")
                    .contains(" · public repositories</text>");
            secrets.forEach(secret -> assertThat(svg).doesNotContain(secret));
        }
        try (JarProcess json = JarProcess.start(env, "report", "octo-demo", "--format", "json", "--public-only")) {
            assertThat(json.awaitExit(Duration.ofSeconds(60))).isZero();
            String body = String.join("\n", json.stdout());
            assertThat(body).startsWith("{\"format_version\":1,\"year\":").contains("\"private_included\":false");
            secrets.forEach(secret -> assertThat(body).doesNotContain("\"" + secret + "\""));
        }

        try (JarProcess bad = JarProcess.start(env, "report", "octo-demo", "--format", "pdf")) {
            assertThat(bad.awaitExit(Duration.ofSeconds(60))).isEqualTo(2);
            assertThat(bad.stderr()).last().asString().isEqualTo("bitofgit: --format must be html, md, json or svg, got 'pdf'");
        }
        int next = LocalDate.now(ZoneOffset.UTC).getYear() + 1;
        try (JarProcess future = JarProcess.start(env, "report", "octo-demo", "--year", String.valueOf(next))) {
            assertThat(future.awaitExit(Duration.ofSeconds(60))).isEqualTo(2);
            assertThat(future.stderr()).last().asString().isEqualTo("bitofgit: --year " + next
                    + " has not begun yet; give a year from 1970 to " + (next - 1));
        }
        Path nothing = dir.resolve("nobody.html");
        try (JarProcess unknown = JarProcess.start(env, "report", "nobody-here", "--out", nothing.toString())) {
            assertThat(unknown.awaitExit(Duration.ofSeconds(60))).isEqualTo(1);
            assertThat(unknown.stderr()).last().asString().isEqualTo("bitofgit: account 'nobody-here' has not been "
                    + "ingested; ingest it first (POST /ingest or `bitofgit ingest nobody-here`)");
        }
        assertThat(nothing).doesNotExist();
    }
}
