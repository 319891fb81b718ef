package dev.bitofgit.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.app.Application;
import dev.bitofgit.app.SettingsLoader;
import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoAccountGenerator;
import dev.bitofgit.demo.DemoSpec;
import dev.bitofgit.store.ActivityRollups;
import dev.bitofgit.testing.GitHubStandIn;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/** The web UI in a real headless Chromium (Debian's chromium + chromium-driver), against the real server. */
class WebUiIT {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

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
        github = new GitHubStandIn().account(grace).latency(15);
        application = Application.open(SettingsLoader.load(Map.of("BITOFGIT_DATA_DIR", dir.toString(), "PORT", "0",
                "GITHUB_API_URL", github.apiUrl()), Map.of()));
        base = "http://127.0.0.1:" + application.startServer();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory("chromium"), "--window-size=1280,1000");
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
        assertThat(browser.findElement(By.id("repo-readme")).getText()).startsWith("# dotfiles");
        screenshot("05-repo");
    }

    @Test
    void realIngest_progressBarMovesToCompletion() throws Exception {
        browser.get(base + "/");
        visible(By.id("username")).sendKeys("grace-h");
        browser.findElement(By.id("connect")).click();
        visible(By.id("progress-bar"));
        wait.until(driver -> "completed".equals(driver.findElement(By.id("progress-bar")).getDomAttribute("data-status")));
        assertThat(browser.findElement(By.id("progress-bar")).getDomAttribute("aria-valuenow")).isEqualTo("100");
        long publicRepos = grace.repos().stream().filter(r -> !r.isPrivate()).count();
        assertThat(browser.findElement(By.id("progress-text")).getText()).startsWith("Done.")
                .contains(publicRepos + " of " + publicRepos + " repositories");
        screenshot("06-ingest-progress");
        browser.navigate().refresh(); // the progress view survives a reload
        wait.until(driver -> "completed".equals(driver.findElement(By.id("progress-bar")).getDomAttribute("data-status")));
    }

    @Test
    void unknownUser_andRejectedToken_areExplainedInClearWords() throws Exception {
        browser.get(base + "/");
        visible(By.id("username")).sendKeys("nobody-here");
        browser.findElement(By.id("connect")).click();
        WebElement error = visible(By.id("error"));
        assertThat(error.getText()).isEqualTo("no GitHub user nobody-here. Check the spelling of the username.");
        screenshot("07-unknown-user");
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
        keys.sendKeys("grace-h").sendKeys(Keys.ENTER).perform();
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
}
