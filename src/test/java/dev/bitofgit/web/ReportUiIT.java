package dev.bitofgit.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.app.Application;
import dev.bitofgit.app.SettingsLoader;
import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoAccountGenerator;
import dev.bitofgit.demo.DemoRepo;
import dev.bitofgit.demo.DemoSpec;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The year in review in a real headless Chromium (Debian's chromium + chromedriver) against the real server: the
 * "Year in review" tab (year picker, public-only switch, downloads, print), the standalone page and the share card,
 * all without a console error. Saves the README's screenshots into docs/.
 */
class ReportUiIT {
    private static final Path DOCS = Path.of("docs");

    @TempDir
    Path dir;

    private Application application;
    private ChromeDriver browser;
    private WebDriverWait wait;
    private String base;
    private Path downloads;

    @BeforeEach
    void start() throws Exception {
        application = Application.open(SettingsLoader.load(Map.of("BITOFGIT_DATA_DIR", dir.toString(), "PORT", "0"),
                Map.of()));
        base = "http://127.0.0.1:" + application.startServer();
        downloads = Files.createDirectories(dir.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory("chromium"), "--window-size=1100,1400", "--lang=en-US",
                "--hide-scrollbars");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", downloads.toString()));
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Files.createDirectories(DOCS);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        application.close();
    }

    @Test
    void yearInReviewTab_picksYears_switchesToPublic_downloads_andPrints_withoutConsoleErrors() throws Exception {
        DemoAccount demo = DemoAccountGenerator.generate(DemoSpec.octoDemo(LocalDate.now(ZoneOffset.UTC)));
        List<String> secrets = demo.repos().stream().filter(DemoRepo::isPrivate).map(DemoRepo::name).toList();
        dev.bitofgit.testing.DemoFacts facts = new dev.bitofgit.testing.DemoFacts(demo);
        // A year in which a private repository has commits of the owner's: the two views differ there.
        int year = facts.loaded().stream().filter(c -> c.repo().isPrivate() && c.own())
                .mapToInt(c -> c.localDate().getYear()).max().orElseThrow();
        long ownAll = facts.loaded().stream().filter(c -> c.own() && c.localDate().getYear() == year).count();
        long ownPublic = facts.loaded().stream().filter(c -> c.own() && !c.repo().isPrivate()
                && c.localDate().getYear() == year).count();

        browser.get(base + "/");
        visible(By.id("try-demo")).click();
        wait.until(driver -> driver.findElements(By.cssSelector("#totals .total")).size() == 6);
        browser.findElement(By.id("nav-report")).click();
        String shownYear = awaitReport();
        assertThat(new Select(browser.findElement(By.id("report-year"))).getFirstSelectedOption().getText())
                .isEqualTo(shownYear);

        for (int picked : List.of(Integer.parseInt(shownYear) - 1, year)) { // a change each time, whatever was shown
            new Select(browser.findElement(By.id("report-year"))).selectByValue(String.valueOf(picked));
            wait.until(driver -> driver.getCurrentUrl().endsWith("#/report?year=" + picked));
            assertThat(awaitReport()).isEqualTo(String.valueOf(picked));
        }
        assertThat(framePage()).contains("includes private repositories");
        assertThat(frameText("#headline .tile b")).isEqualTo(String.format(java.util.Locale.ENGLISH, "%,d", ownAll));
        screenshot(DOCS.resolve("report-ui.png"));

        browser.findElement(By.id("report-public")).click();
        wait.until(driver -> driver.getCurrentUrl().endsWith("#/report?year=" + year + "&public=1"));
        wait.until(driver -> driver.findElement(By.id("report-status")).getText().startsWith("Public repositories only"));
        awaitReport();
        String shared = framePage();
        assertThat(shared).contains("public repositories only");
        assertThat(frameText("#headline .tile b")).isEqualTo(String.format(java.util.Locale.ENGLISH, "%,d", ownPublic));
        secrets.forEach(secret -> assertThat(mentions(shared, secret)).as(secret).isFalse());

        browser.findElement(By.id("report-download-md")).click();
        Path markdown = downloads.resolve("octo-demo-" + year + ".md");
        wait.until(driver -> Files.exists(markdown));
        assertThat(Files.readString(markdown)).startsWith("# Octo Demo — " + year + " in review");
        browser.findElement(By.id("report-download-svg")).click();
        Path card = downloads.resolve("octo-demo-" + year + ".svg");
        wait.until(driver -> Files.exists(card));
        assertThat(Files.readString(card)).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1200\" height=\"630\"");
        browser.findElement(By.id("report-download-html")).click();
        Path page = downloads.resolve("octo-demo-" + year + ".html");
        wait.until(driver -> Files.exists(page));
        assertThat(Files.readString(page)).startsWith("<!doctype html>").contains("public repositories only");

        // Print goes to the frame's own print(): counted here instead of opening a print dialog.
        script("const frame = document.getElementById('report-frame');"
                + "frame.contentWindow.print = () => { window.printed = (window.printed || 0) + 1; };");
        browser.findElement(By.id("report-print")).click();
        assertThat(script("return window.printed")).isEqualTo(1L);

        // A phone: the tab and the report in it fit the width.
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(375, 812));
        browser.navigate().refresh();
        awaitReport();
        assertThat((Long) script("return document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo((Long) script("return document.documentElement.clientWidth"));
        assertThat((Long) script("const d = document.getElementById('report-frame').contentDocument.documentElement;"
                + "return d.scrollWidth - d.clientWidth")).isLessThanOrEqualTo(0L);

        assertNoConsoleErrors();
    }

    @Test
    void standalonePageAndShareCard_renderWithoutConsoleErrors() throws Exception {
        application.loadDemo();
        int year = LocalDate.now(ZoneOffset.UTC).getYear() - 1;
        browser.get(base + "/users/octo-demo/report?year=" + year);
        wait.until(driver -> driver.findElement(By.id("narrative")).getText().startsWith("In " + year + ", Octo Demo made"));
        assertThat(browser.findElements(By.cssSelector("svg.chart"))).hasSize(5);
        assertThat(browser.findElements(By.cssSelector("#headline .tile"))).hasSize(8);
        assertThat(browser.getTitle()).isEqualTo("Octo Demo — " + year + " in review");
        Number width = (Number) script("return document.querySelector('#share-card svg').getBoundingClientRect().width");
        assertThat(width.doubleValue()).isGreaterThan(600);
        screenshot(DOCS.resolve("report.png"));

        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 900)); // the whole 1200 × 630 card
        browser.get(base + "/users/octo-demo/report?year=" + year + "&format=svg&public_only=true");
        WebElement svg = wait.until(driver -> driver.findElement(By.tagName("svg")));
        assertThat(svg.getRect().getWidth()).isEqualTo(1200);
        assertThat(svg.getRect().getHeight()).isEqualTo(630);
        Files.copy(svg.getScreenshotAs(OutputType.FILE).toPath(), DOCS.resolve("report-card.png"),
                StandardCopyOption.REPLACE_EXISTING);
        assertNoConsoleErrors();
    }

    /** Waits for the frame to hold a report; returns the year in its title. */
    private String awaitReport() {
        return wait.until(driver -> {
            Object title = script("const d = document.getElementById('report-frame').contentDocument;"
                    + "const h = d && d.querySelector('h1'); const n = d && d.getElementById('narrative');"
                    + "return h && n && n.textContent ? h.textContent : null;");
            if (title == null) {
                return null;
            }
            java.util.regex.Matcher matcher = Pattern.compile("(\\d{4}) in review").matcher((String) title);
            String hash = (String) script("return location.hash");
            // After a year change the frame may still show the previous report for a moment.
            if (!matcher.find() || (hash.contains("year=") && !hash.contains("year=" + matcher.group(1)))) {
                return null;
            }
            return matcher.group(1);
        });
    }

    private String frameText(String selector) {
        return (String) script("return document.getElementById('report-frame').contentDocument.querySelector('"
                + selector + "').textContent");
    }

    private String framePage() {
        return (String) script("return document.getElementById('report-frame').contentDocument.documentElement.outerHTML");
    }

    private void assertNoConsoleErrors() {
        script("console.error('probe: the console is read')"); // proves the log below is really collected
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
        assertThat(errors).singleElement().asString().contains("probe: the console is read");
    }

    private static boolean mentions(String text, String name) {
        return Pattern.compile("(?<![A-Za-z0-9_.\\-])" + Pattern.quote(name) + "(?![A-Za-z0-9_\\-])").matcher(text).find();
    }

    private WebElement visible(By by) {
        return wait.until(driver -> {
            WebElement element = driver.findElement(by);
            return element.isDisplayed() ? element : null;
        });
    }

    private Object script(String code) {
        return ((JavascriptExecutor) browser).executeScript(code);
    }

    private void screenshot(Path file) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
    }
}
