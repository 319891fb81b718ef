package dev.bitofgit.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.app.Application;
import dev.bitofgit.app.SettingsLoader;
import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoAccountGenerator;
import dev.bitofgit.demo.DemoSpec;
import dev.bitofgit.store.ActivityRollups;
import dev.bitofgit.testing.GitHubStandIn;
import dev.bitofgit.testing.WorkFacts;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The web UI in a real headless Chromium (Debian's chromium + chromium-driver), against the real server. */
class WebUiIT {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** grace-h's own token at the GitHub stand-in: GitHub answers only requests with a token, even for public data. */
    private static final String GRACE_TOKEN = "github_pat_grace";

    @TempDir
    Path dir;

    private GitHubStandIn github;
    private DemoAccount grace;
    private Application application;
    private ChromeDriver browser;
    private WebDriverWait wait;
    private String base;

    @BeforeEach
    void start() throws Exception {
        grace = DemoAccountGenerator.generate(new DemoSpec("grace-h", 5, 6, 600, 2, LocalDate.of(2026, 10, 1)));
        github = new GitHubStandIn().account(grace).token(GRACE_TOKEN, "grace-h").latency(15);
        application = Application.open(SettingsLoader.load(Map.of("BITOFGIT_DATA_DIR", dir.toString(), "PORT", "0",
                "GITHUB_API_URL", github.apiUrl()), Map.of()));
        base = "http://127.0.0.1:" + application.startServer();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory("chromium"), "--window-size=1280,1000", "--lang=en-US");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        application.close();
        github.close();
    }

    private void screenshot(String name) throws Exception {
        File file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private WebElement visible(By by) {
        return wait.until(driver -> {
            WebElement element = driver.findElement(by);
            return element.isDisplayed() ? element : null;
        });
    }

    private int answers() {
        return browser.findElements(By.cssSelector(".msg.bot")).size();
    }

    private WebElement awaitAnswer(int count) {
        wait.until(driver -> {
            List<WebElement> bots = driver.findElements(By.cssSelector(".msg.bot"));
            return bots.size() >= count && !bots.get(count - 1).getText().equals("Thinking…");
        });
        return browser.findElements(By.cssSelector(".msg.bot")).get(count - 1);
    }

    @Test
    void demoFlow_dashboardChartsAskAnswerWithToolCallsAndChart_followUpChip() throws Exception {
        browser.get(base + "/");
        screenshot("01-connect");
        visible(By.id("try-demo")).click();
        wait.until(driver -> driver.findElements(By.cssSelector("#totals .total")).size() == 6);
        wait.until(driver -> driver.findElements(By.cssSelector("#chart-calendar svg")).size() == 1);
        assertThat(browser.findElements(By.cssSelector("#chart-months svg"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#chart-languages svg"))).hasSize(1);
        assertThat(browser.findElement(By.id("totals")).getText()).contains("25").contains("Repositories");
        assertThat(browser.findElements(By.cssSelector("#top-repos li"))).hasSize(5);
        assertThat(browser.findElement(By.id("signals")).getText()).contains("CI: ").contains("Tests: ");
        screenshot("02-dashboard");

        browser.findElement(By.id("nav-chat")).click();
        WebElement question = visible(By.id("question"));
        question.sendKeys("What's my most active repository?", Keys.ENTER);
        WebElement answer = awaitAnswer(1);
        assertThat(answer.getText()).startsWith("Your most active repository overall is");
        assertThat(answer.findElements(By.cssSelector("details.tool-calls"))).hasSize(1);
        wait.until(driver -> answer.findElements(By.cssSelector(".answer-chart svg")).size() == 1);
        screenshot("03-chat-answer");

        WebElement chip = visible(By.cssSelector("#chips button"));
        String chipText = chip.getText();
        chip.click();
        WebElement followUp = awaitAnswer(2);
        assertThat(browser.findElements(By.cssSelector(".msg.user")).get(1).getText()).isEqualTo(chipText);
        assertThat(followUp.getText()).doesNotStartWith("Sorry");
        screenshot("04-chat-follow-up");

        browser.get(base + "/#/repo/dotfiles");
        wait.until(driver -> driver.findElement(By.id("repo-title")).getText().equals("dotfiles"));
        wait.until(driver -> driver.findElements(By.cssSelector("#repo-commits li")).size() == 10);
        assertThat(browser.findElement(By.cssSelector("#repo-readme h1")).getText()).isEqualTo("dotfiles");
        screenshot("05-repo");
    }

    @Test
    void realIngest_progressBarMovesToCompletion_thenTheDashboardOpens() throws Exception {
        github.latency(120); // slow enough that the progress page is there to see
        browser.get(base + "/");
        visible(By.id("username")).sendKeys("grace-h");
        browser.findElement(By.id("token")).sendKeys(GRACE_TOKEN);
        browser.findElement(By.id("connect")).click();
        visible(By.id("progress-bar"));
        screenshot("06-ingest-progress");
        String progressUrl = browser.getCurrentUrl();
        wait.until(driver -> "completed".equals(driver.findElement(By.id("progress-bar")).getDomAttribute("data-status")));
        assertThat(browser.findElement(By.id("progress-bar")).getDomAttribute("aria-valuenow")).isEqualTo("100");
        int repos = grace.repos().size();
        assertThat(browser.findElement(By.id("progress-text")).getDomProperty("textContent")).startsWith("Done.")
                .contains(repos + " of " + repos + " repositories");
        wait.until(driver -> driver.getCurrentUrl().endsWith("#/dashboard"));
        wait.until(driver -> driver.findElements(By.cssSelector("#totals .total")).size() == 6);
        assertThat(browser.findElement(By.id("totals")).getText()).contains(repos + "\nRepositories");
        screenshot("06b-dashboard-after-ingest");
        browser.get(progressUrl); // a finished job looked up later keeps its progress page (errors stay readable)
        wait.until(driver -> "completed".equals(driver.findElement(By.id("progress-bar")).getDomAttribute("data-status")));
        assertThat(visible(By.id("progress-text")).getText()).startsWith("Done.");
        assertThat(browser.getCurrentUrl()).isEqualTo(progressUrl);
    }

    @Test
    void unknownUser_andRejectedToken_areExplainedInClearWords() throws Exception {
        browser.get(base + "/");
        visible(By.id("username")).sendKeys("nobody-here");
        browser.findElement(By.id("connect")).click();
        WebElement error = visible(By.id("error"));
        assertThat(error.getText()).as("no token, no GITHUB_TOKEN on the server: refused at once, saying how")
                .startsWith("a GitHub token is needed, even for public data").contains("fine-grained token with no permissions");
        screenshot("07a-token-needed");
        browser.findElement(By.id("token")).sendKeys(dev.bitofgit.testing.GitHubStandIn.READER_TOKEN);
        browser.findElement(By.id("connect")).click();
        wait.until(driver -> driver.findElement(By.id("error")).getText().startsWith("no GitHub user"));
        assertThat(browser.findElement(By.id("error")).getText())
                .isEqualTo("no GitHub user nobody-here. Check the spelling of the username.");
        screenshot("07-unknown-user");
        browser.findElement(By.id("token")).clear();

        browser.findElement(By.id("username")).clear();
        browser.findElement(By.id("username")).sendKeys("grace-h");
        browser.findElement(By.id("token")).sendKeys("github_pat_revoked");
        browser.findElement(By.id("connect")).click();
        wait.until(driver -> driver.findElement(By.id("error")).getText().contains("token"));
        String rejected = browser.findElement(By.id("error")).getText();
        assertThat(rejected).startsWith("GitHub rejected the token").endsWith("“How to make a token” above) and try again.");
        assertThat(rejected.split("rejected the token", -1)).as("said once: " + rejected).hasSize(2);
        screenshot("07b-rejected-token");
    }

    @Test
    void tokenLabel_saysATokenIsNeeded_andLinksToHowToMakeOne() throws Exception {
        browser.get(base + "/");
        WebElement hint = visible(By.id("token-hint"));
        assertThat(browser.findElement(By.cssSelector("label[for=token]")).getText())
                .isEqualTo("GitHub token (needed, also for public data)");
        assertThat(hint.getText()).startsWith("Needed:").contains("A fine-grained token with no permissions reads public data");
        WebElement help = browser.findElement(By.id("token-help"));
        assertThat(help.getText()).isEqualTo("How to make a token");
        assertThat(help.getDomAttribute("href")).startsWith("https://docs.github.com/").contains("fine-grained");
        assertThat(browser.findElement(By.id("token")).getDomAttribute("aria-describedby")).isEqualTo("token-hint");
        screenshot("12-token-label");
    }

    @Test
    void commitMessageWithHtml_isShownAsText() throws Exception {
        application.loadDemo();
        String hostile = "<img src=x onerror=alert(1)>";
        long repoId = application.database().withHandle(h -> h.createQuery("SELECT id FROM repositories WHERE name = 'dotfiles'")
                .mapTo(Long.class).one());
        application.database().withHandle(h -> h.createUpdate("""
                INSERT INTO commits (repo_id, sha, account_id, parent_count, author_name, author_email, author_login,
                    authored_at, author_utc_offset, committed_at, message, additions, deletions, changed_files, is_own)
                SELECT :repo, 'ffffffffffffffffffffffffffffffffffffffff', account_id, 1, 'Mallory', 'm@example.org', 'mallory',
                    4102444800, 0, 4102444800, :message, 1, 1, 1, FALSE FROM repositories WHERE id = :repo
                """).bind("repo", repoId).bind("message", hostile).execute());
        new ActivityRollups(application.database()).refreshRepo(repoId);
        browser.get(base + "/");
        ((JavascriptExecutor) browser).executeScript("localStorage.setItem('bitofgit.username', 'octo-demo')");
        browser.get(base + "/index.html#/chat"); // a full page load, so the app starts with the stored account
        visible(By.id("question")).sendKeys("Show the last 3 commits of dotfiles", Keys.ENTER);
        WebElement answer = awaitAnswer(1);
        assertThat(answer.getText()).contains(hostile);
        assertThat(browser.findElements(By.cssSelector(".messages img"))).isEmpty();
        browser.get(base + "/#/repo/dotfiles");
        wait.until(driver -> driver.findElement(By.id("repo-commits")).getText().contains(hostile));
        assertThat(browser.findElements(By.cssSelector("img"))).isEmpty();
        screenshot("08-html-as-text");
    }

    @Test
    void narrowScreen_375px_hasNoHorizontalScroll() throws Exception {
        browser.manage().window().setSize(new Dimension(375, 812));
        browser.get(base + "/");
        visible(By.id("try-demo")).click();
        wait.until(driver -> driver.findElements(By.cssSelector("#chart-calendar svg")).size() == 1);
        assertThat(scrollWidth()).isLessThanOrEqualTo(clientWidth());
        screenshot("09-dashboard-375");
        browser.findElement(By.id("nav-chat")).click();
        visible(By.id("question")).sendKeys("Summarize my GitHub", Keys.ENTER);
        awaitAnswer(1);
        assertThat(scrollWidth()).isLessThanOrEqualTo(clientWidth());
        screenshot("10-chat-375");
    }

    private long scrollWidth() {
        return (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
    }

    private long clientWidth() {
        return (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.clientWidth");
    }

    @Test
    void keyboardOnly_connectAndChat() throws Exception {
        application.loadDemo();
        browser.get(base + "/");
        visible(By.id("username"));
        Actions keys = new Actions(browser);
        // From the top of the page, Tab reaches the username field after the header links.
        for (int i = 0; i < 10 && !"username".equals(browser.switchTo().activeElement().getDomAttribute("id")); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("username");
        keys.sendKeys("grace-h").sendKeys(Keys.TAB).sendKeys(GRACE_TOKEN).sendKeys(Keys.ENTER).perform();
        wait.until(driver -> "completed".equals(driver.findElement(By.id("progress-bar")).getDomAttribute("data-status")));
        browser.get(base + "/#/chat");
        WebElement question = visible(By.id("question"));
        assertThat(browser.switchTo().activeElement()).isEqualTo(question);
        new Actions(browser).sendKeys("Which of my repos").keyDown(Keys.SHIFT).sendKeys(Keys.ENTER).keyUp(Keys.SHIFT)
                .sendKeys("are forks?").perform();
        assertThat(question.getDomProperty("value")).isEqualTo("Which of my repos\nare forks?");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        WebElement answer = awaitAnswer(1);
        assertThat(answer.getText()).doesNotStartWith("Sorry");
        screenshot("11-keyboard-chat");
    }
    private Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }

    /** Runs a tool in the page, with the page's session, and returns its result as JSON text. */
    private String toolInPage(String name, String argumentsJson) {
        return (String) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const user = localStorage.getItem('bitofgit.username');
                const session = localStorage.getItem('bitofgit.session.' + user.toLowerCase());
                fetch('/tools/' + arguments[0], { method: 'POST', headers: Object.assign({ 'Content-Type': 'application/json' },
                    session ? { Authorization: 'Bearer ' + session } : {}),
                    body: JSON.stringify(Object.assign({ username: user }, JSON.parse(arguments[1]))) })
                  .then(r => r.text()).then(done);
                """, name, argumentsJson);
    }

    /** The first number after {@code key} (the JSON text before the colon) in {@code json}. */
    private static long number(String json, String key) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(key) + ":(\\d+)").matcher(json);
        assertThat(matcher.find()).as(key + " in " + json).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private void openDemoDashboard() {
        browser.get(base + "/");
        visible(By.id("try-demo")).click();
        wait.until(driver -> driver.findElements(By.cssSelector("#totals .total")).size() == 6);
        wait.until(driver -> driver.findElements(By.cssSelector("#chart-calendar svg")).size() == 1);
    }

    @Test
    void readme_isRenderedAsMarkdown_andItsHtmlStaysText() throws Exception {
        application.loadDemo();
        String readme = """
                # Sensor hub

                Read the [docs](https://example.org/docs) and [this](javascript:alert(1)).

                - first
                - second

                | setting | default |
                |---|---|
                | port | 8000 |

                ```sh
                make run
                ```

                <img src=x onerror=alert(1)><script>alert(2)</script>

                ![logo](https://example.org/logo.png)
                """;
        application.database().withHandle(h -> h.createUpdate("""
                UPDATE readmes SET content = :content
                WHERE repo_id = (SELECT id FROM repositories WHERE name = 'dotfiles')
                """).bind("content", readme).execute());
        browser.get(base + "/");
        script("localStorage.setItem('bitofgit.username', 'octo-demo')");
        browser.get(base + "/index.html#/repo/dotfiles");
        wait.until(driver -> !driver.findElements(By.cssSelector("#repo-readme h1")).isEmpty());
        WebElement rendered = browser.findElement(By.id("repo-readme"));
        assertThat(rendered.findElement(By.cssSelector("h1")).getText()).isEqualTo("Sensor hub");
        assertThat(rendered.findElement(By.cssSelector("a[href='https://example.org/docs']")).getText()).isEqualTo("docs");
        assertThat(rendered.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
        assertThat(rendered.findElements(By.cssSelector("ul li"))).extracting(WebElement::getText).containsExactly("first", "second");
        assertThat(rendered.findElements(By.cssSelector("table td"))).extracting(WebElement::getText).containsExactly("port", "8000");
        assertThat(rendered.findElement(By.cssSelector("pre code")).getText()).isEqualTo("make run");
        assertThat(rendered.getText()).contains("<img src=x onerror=alert(1)><script>alert(2)</script>");
        assertThat(rendered.findElements(By.cssSelector("img, script"))).isEmpty();
        assertThat(rendered.findElement(By.cssSelector("a.image-link")).getText()).isEqualTo("[image: logo]");
        screenshot("13-readme-markdown");

        // The chat renders answers with the same renderer.
        browser.get(base + "/#/ask");
        visible(By.id("question")).sendKeys("Summarize my GitHub", Keys.ENTER);
        WebElement answer = awaitAnswer(1);
        assertThat(answer.getDomAttribute("class")).contains("markdown");
        assertThat(answer.findElements(By.cssSelector("p, li")).size()).isPositive();
    }

    @Test
    void unknownRepository_saysSo_andLeavesNothingOfThePreviousOne() throws Exception {
        openDemoDashboard();
        browser.get(base + "/#/repo/dotfiles");
        wait.until(driver -> driver.findElements(By.cssSelector("#repo-commits li")).size() == 10);
        wait.until(driver -> driver.findElements(By.cssSelector("#chart-repo svg")).size() == 1);
        browser.get(base + "/#/repo/does-not-exist");
        WebElement error = visible(By.id("error"));
        assertThat(error.getText()).startsWith("no repository 'does-not-exist' for octo-demo; closest: ");
        assertThat(browser.findElement(By.id("repo-title")).getText()).isEqualTo("Repository not found");
        assertThat(browser.findElements(By.cssSelector("#repo-commits li, #chart-repo svg, #repo-overview p"))).isEmpty();
        assertThat(browser.findElement(By.id("repo-readme")).getDomProperty("textContent")).isEmpty();
        assertThat(browser.findElement(By.id("repo-details")).isDisplayed()).isFalse();
        screenshot("14-unknown-repo");
    }

    @Test
    void dashboard_monthsOnATimeAxis_thousandsSeparators_andAYearPicker() throws Exception {
        openDemoDashboard();
        long commits = number(toolInPage("get_account_summary", "{}"), "\"commits\":{\"total\"");
        assertThat(commits).isGreaterThan(999);
        assertThat(browser.findElement(By.id("totals")).getText()).contains(String.format(Locale.US, "%,d", commits) + "\nCommits");

        @SuppressWarnings("unchecked")
        List<Object> axis = (List<Object>) script("""
                const option = echarts.getInstanceByDom(document.getElementById('chart-months')).getOption();
                return [option.xAxis[0].type, option.series[0].data.map(d => d[0])];
                """);
        assertThat(axis.get(0)).isEqualTo("time");
        @SuppressWarnings("unchecked")
        List<String> months = (List<String>) axis.get(1);
        for (int i = 1; i < months.size(); i++) {
            assertThat(LocalDate.parse(months.get(i))).as("no month left out").isEqualTo(LocalDate.parse(months.get(i - 1)).plusMonths(1));
        }

        int year = LocalDate.now().getYear() - 1;
        new Select(browser.findElement(By.id("year"))).selectByVisibleText(String.valueOf(year));
        wait.until(driver -> driver.getCurrentUrl().endsWith("#/dashboard?year=" + year));
        wait.until(driver -> driver.findElement(By.id("totals")).getText().contains("Commits in " + year));
        long yearCommits = number(toolInPage("get_activity_summary",
                "{\"group_by\":\"year\",\"since\":\"" + year + "-01-01\",\"until\":\"" + (year + 1) + "-01-01\"}"), "\"commits\"");
        assertThat(browser.findElement(By.id("totals")).getText())
                .contains(String.format(Locale.US, "%,d", yearCommits) + "\nCommits in " + year);
        wait.until(driver -> driver.findElement(By.id("top-repos-title")).getText().equals("Top repositories in " + year));
        @SuppressWarnings("unchecked")
        List<String> yearMonths = (List<String>) script("""
                return echarts.getInstanceByDom(document.getElementById('chart-months')).getOption().series[0].data.map(d => d[0]);
                """);
        assertThat(yearMonths).hasSize(12).first().isEqualTo(year + "-01-01");
        assertThat(new Select(browser.findElement(By.id("year"))).getFirstSelectedOption().getText()).isEqualTo(String.valueOf(year));
        screenshot("15-dashboard-year");
    }

    @Test
    void dashboard_pullRequestReviewAndIssuePanel_showsTheYearsFigures() throws Exception {
        openDemoDashboard();
        DemoAccount demo = DemoAccountGenerator.generate(DemoSpec.octoDemo(LocalDate.now(ZoneOffset.UTC)));
        WorkFacts facts = new WorkFacts(demo, true); // the demo button hands out the demo's own session
        wait.until(driver -> driver.findElements(By.cssSelector("#work-figures .total")).size() == 6);
        Map.Entry<String, Long> mostOpen = facts.openIssuesPerRepo().get(0);
        assertThat(browser.findElement(By.cssSelector("#work-open-issues li")).getText())
                .isEqualTo(mostOpen.getKey() + " — " + mostOpen.getValue() + " open");
        assertThat(browser.findElement(By.id("work-figures")).getText()).contains(String.format(Locale.US, "%,d",
                facts.openIssuesPerRepo().stream().mapToLong(Map.Entry::getValue).sum()) + "\nOpen issues now");

        int year = LocalDate.now(ZoneOffset.UTC).getYear() - 1;
        new Select(browser.findElement(By.id("year"))).selectByVisibleText(String.valueOf(year));
        wait.until(driver -> driver.findElement(By.id("work-figures")).getText().contains("merged in " + year));
        assertThat(browser.findElement(By.id("work-figures")).getText())
                .contains(String.format(Locale.US, "%,d", facts.myMergedIn(year)) + "\nYour PRs merged in " + year)
                .contains(String.format(Locale.US, "%,d", facts.reviewsGivenIn(year)) + "\nReviews given in " + year);
        wait.until(driver -> driver.findElements(By.cssSelector("#chart-work svg")).size() == 1);
        script("document.getElementById('work-card').scrollIntoView()");
        screenshot("16-dashboard-pull-requests");
    }

    /** Texts drawn in a chart: their content and box, in page pixels. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> chartTexts(String chartId) {
        return (List<Map<String, Object>>) script("""
                const svg = document.querySelector('#' + arguments[0] + ' svg').getBoundingClientRect();
                return [...document.querySelectorAll('#' + arguments[0] + ' svg text')]
                  .filter(t => t.textContent.trim() !== '')
                  .map(t => { const r = t.getBoundingClientRect();
                    return { text: t.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom,
                             inside: r.left >= svg.left - 0.5 && r.right <= svg.right + 0.5 && r.top >= svg.top - 0.5
                                     && r.bottom <= svg.bottom + 0.5 }; });
                """, chartId);
    }

    @Test
    void donutLabelsAreWhole_at1280px_andHeatmapMonthsDoNotOverlap_at375px() throws Exception {
        openDemoDashboard();
        wait.until(driver -> driver.findElements(By.cssSelector("#chart-languages svg text")).size() > 3);
        List<Map<String, Object>> labels = chartTexts("chart-languages");
        assertThat(labels).allSatisfy(label -> {
            assertThat((String) label.get("text")).doesNotContain("…");
            assertThat(label.get("inside")).as(label.toString()).isEqualTo(true);
        });
        List<String> texts = labels.stream().map(label -> (String) label.get("text")).toList();
        for (String language : List.of("Python", "TypeScript", "JavaScript")) {
            assertThat(texts).anySatisfy(text -> assertThat(text).matches(language + " \\d+(\\.\\d)?%"));
        }
        screenshot("16-donut-1280");

        browser.manage().window().setSize(new Dimension(375, 812));
        browser.navigate().refresh();
        wait.until(driver -> driver.findElements(By.cssSelector("#chart-calendar svg text")).size() > 3);
        List<Map<String, Object>> calendar = new ArrayList<>(chartTexts("chart-calendar"));
        calendar.sort((a, b) -> Double.compare(((Number) a.get("left")).doubleValue(), ((Number) b.get("left")).doubleValue()));
        for (int i = 0; i < calendar.size(); i++) {
            for (int j = i + 1; j < calendar.size(); j++) {
                Map<String, Object> a = calendar.get(i);
                Map<String, Object> b = calendar.get(j);
                boolean overlap = ((Number) a.get("right")).doubleValue() > ((Number) b.get("left")).doubleValue() + 0.5
                        && ((Number) a.get("left")).doubleValue() < ((Number) b.get("right")).doubleValue() - 0.5
                        && ((Number) a.get("bottom")).doubleValue() > ((Number) b.get("top")).doubleValue() + 0.5
                        && ((Number) a.get("top")).doubleValue() < ((Number) b.get("bottom")).doubleValue() - 0.5;
                assertThat(overlap).as(a + " overlaps " + b).isFalse();
            }
        }
        assertThat(calendar).extracting(label -> (String) label.get("text")).hasSizeGreaterThan(3);
        screenshot("17-heatmap-375");
    }

    @Test
    void favicon_isServed_andPagesLogNoConsoleErrors() throws Exception {
        openDemoDashboard();
        browser.get(base + "/#/repo/dotfiles");
        wait.until(driver -> driver.findElements(By.cssSelector("#repo-commits li")).size() == 10);
        browser.get(base + "/docs");
        wait.until(driver -> !driver.findElements(By.cssSelector(".opblock-tag")).isEmpty());
        browser.get(base + "/favicon.ico");
        @SuppressWarnings("unchecked")
        List<Object> favicon = (List<Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/favicon.ico').then(r => r.arrayBuffer().then(b => done([r.status, r.headers.get('content-type'), b.byteLength])));
                """);
        assertThat(favicon.get(0)).isEqualTo(200L);
        assertThat((String) favicon.get(1)).startsWith("image/");
        assertThat((Long) favicon.get(2)).isPositive();
        script("console.error('probe: the console is read')"); // proves the log below is really collected
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
        assertThat(errors).singleElement().asString().contains("probe: the console is read");
    }

    @Test
    void darkMode_followsTheSystemSetting() throws Exception {
        browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        openDemoDashboard();
        assertThat(script("return getComputedStyle(document.body).backgroundColor")).isEqualTo("rgb(13, 17, 23)");
        assertThat(script("return getComputedStyle(document.querySelector('.card')).backgroundColor")).isEqualTo("rgb(22, 27, 34)");
        screenshot("18-dashboard-dark");
        browser.findElement(By.id("nav-chat")).click();
        visible(By.id("question")).sendKeys("What's my most active repository?", Keys.ENTER);
        WebElement answer = awaitAnswer(1);
        wait.until(driver -> answer.findElements(By.cssSelector(".answer-chart svg")).size() == 1);
        screenshot("19-chat-dark");
    }

    @Test
    void signOut_endsTheSession_andSwitchAccount_keepsIt() throws Exception {
        openDemoDashboard();
        String session = (String) script("return localStorage.getItem('bitofgit.session.octo-demo')");
        assertThat(session).startsWith("bgs_");
        assertThat(browser.findElement(By.id("account-label")).getText()).isEqualTo("Account: octo-demo");

        visible(By.id("switch-account")).click();
        assertThat(visible(By.id("username")).getDomProperty("value")).isEmpty();
        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("username");
        assertThat(script("return localStorage.getItem('bitofgit.session.octo-demo')")).isEqualTo(session);
        screenshot("20-switch-account");

        browser.get(base + "/#/ask");
        visible(By.id("question")).sendKeys("Summarize my GitHub", Keys.ENTER);
        awaitAnswer(1);
        visible(By.id("sign-out")).click();
        visible(By.id("connect"));
        assertThat(browser.findElement(By.id("account-label")).getText()).isEmpty();
        assertThat(browser.findElement(By.id("sign-out")).isDisplayed()).isFalse();
        assertThat(script("return Object.keys(localStorage).filter(k => k.startsWith('bitofgit.')).join(',')")).isEqualTo("");
        assertThat(browser.findElements(By.cssSelector(".msg"))).isEmpty();
        Object status = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/users/octo-demo', { headers: { Authorization: 'Bearer ' + arguments[0] } }).then(r => done(r.status));
                """, session);
        assertThat(status).as("the revoked session is refused").isEqualTo(401L);
        screenshot("21-signed-out");
    }

    @Test
    void answers_haveACopyButton_andALinkThatReopensTheirConversation() throws Exception {
        openDemoDashboard();
        browser.executeCdpCommand("Browser.grantPermissions", Map.of("origin", base,
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        browser.findElement(By.id("nav-chat")).click();
        visible(By.id("question")).sendKeys("What's my most active repository?", Keys.ENTER);
        WebElement answer = awaitAnswer(1);
        WebElement copy = answer.findElement(By.cssSelector("button.copy-answer"));
        copy.click();
        wait.until(driver -> copy.getText().equals("Copied"));
        String copied = (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; navigator.clipboard.readText().then(done, e => done('failed: ' + e));");
        assertThat(copied).startsWith("Your most active repository overall is");
        screenshot("22-answer-actions");

        String link = answer.findElement(By.cssSelector("a.conversation-link")).getDomAttribute("href");
        assertThat(link).matches("#/ask\\?conversation=.+");
        script("sessionStorage.clear()"); // as in a new tab
        browser.get(base + "/" + link);
        browser.navigate().refresh();
        WebElement reopened = awaitAnswer(1);
        assertThat(reopened.getText()).startsWith("Your most active repository overall is");
        assertThat(browser.findElements(By.cssSelector(".msg.user"))).extracting(WebElement::getText)
                .containsExactly("What's my most active repository?");
        visible(By.id("question")).sendKeys("And the second most active?", Keys.ENTER);
        WebElement followUp = awaitAnswer(2);
        assertThat(followUp.findElement(By.cssSelector("a.conversation-link")).getDomAttribute("href")).isEqualTo(link);
        screenshot("23-conversation-reopened");
    }

    @Test
    void apiDocs_groupOperationsByTag_andListMetrics() throws Exception {
        browser.get(base + "/docs");
        wait.until(driver -> driver.findElements(By.cssSelector(".opblock-tag")).size() >= 7);
        List<String> tags = browser.findElements(By.cssSelector(".opblock-tag")).stream()
                .map(tag -> tag.getDomAttribute("data-tag")).toList();
        assertThat(tags).contains("Ingest", "Sessions", "Questions", "Tools", "System").doesNotContain("default");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("/metrics");
        screenshot("24-api-docs");
    }

    @Test
    void identities_theOwnerAddsASuggestedAddress_andRemovesIt_countsFollow() throws Exception {
        DemoAccount owner = dev.bitofgit.testing.IdentityFixture.account("p-chandan", 155);
        github.account(owner).token("github_pat_pc", "p-chandan");
        List<dev.bitofgit.testing.IdentityFixture.Stored> commits = dev.bitofgit.testing.IdentityFixture.commits(owner);
        List<String> known = List.of("p-chandan@users.noreply.github.com", owner.id() + "+p-chandan@users.noreply.github.com");
        long before = commits.stream().filter(c -> dev.bitofgit.testing.IdentityFixture.linked(owner, known, c.commit())).count();
        long work = commits.stream().filter(c -> c.commit().authorEmail().equals(dev.bitofgit.testing.IdentityFixture.WORK_EMAIL)).count();
        browser.get(base + "/");
        visible(By.id("username")).sendKeys("p-chandan");
        browser.findElement(By.id("token")).sendKeys("github_pat_pc");
        browser.findElement(By.id("connect")).click();
        wait.until(driver -> driver.getCurrentUrl().endsWith("#/dashboard"));

        browser.findElement(By.id("nav-identities")).click();
        wait.until(driver -> driver.findElement(By.id("identities-own")).getText()
                .equals(String.format(Locale.US, "%,d commits are yours.", before)));
        WebElement suggestion = visible(By.xpath("//ul[@id='identities-suggestions']/li[contains(., '"
                + dev.bitofgit.testing.IdentityFixture.WORK_EMAIL + "')]"));
        assertThat(suggestion.getText()).startsWith(String.format(Locale.US, "%,d commits by %s (Prakash Chandan)", work,
                dev.bitofgit.testing.IdentityFixture.WORK_EMAIL));
        assertThat(browser.findElement(By.id("identities-declared")).getText()).isEqualTo("Nothing added yet.");
        screenshot("25-identities");

        suggestion.findElement(By.tagName("button")).click();
        wait.until(driver -> driver.findElement(By.id("identities-own")).getText().equals(String.format(Locale.US,
                "%,d commits are yours (%,d changed just now).", before + work, work)));
        assertThat(browser.findElement(By.id("identities-declared")).getText())
                .startsWith("E-mail: " + dev.bitofgit.testing.IdentityFixture.WORK_EMAIL);
        assertThat(browser.findElement(By.id("identities-suggestions")).getText())
                .doesNotContain(dev.bitofgit.testing.IdentityFixture.WORK_EMAIL);
        screenshot("26-identities-added");

        visible(By.id("identity-value")).sendKeys("not an address@", Keys.ENTER);
        wait.until(driver -> driver.findElement(By.id("error")).isDisplayed());
        assertThat(browser.findElement(By.id("error")).getText()).contains("is not an e-mail address")
                .doesNotContain("Exception");

        browser.findElement(By.cssSelector("#identities-declared li button")).click();
        wait.until(driver -> driver.findElement(By.id("identities-own")).getText().equals(String.format(Locale.US,
                "%,d commits are yours (%,d changed just now).", before, work)));
        assertThat(browser.findElement(By.id("identities-declared")).getText()).isEqualTo("Nothing added yet.");
        browser.findElement(By.id("nav-dashboard")).click();
        wait.until(driver -> driver.findElements(By.cssSelector("#totals .total")).size() == 6);
    }
}
