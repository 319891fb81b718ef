package dev.bitofgit.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.testing.GitHubStandIn;
import dev.bitofgit.testing.Http;
import dev.bitofgit.testing.JarProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** The real jar, started as a user starts it. */
class CommandLineIT {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
        "PORT|abc|bitofgit: PORT must be a whole number between 0 and 65535, got 'abc'",
        "PORT|70000|bitofgit: PORT must be between 0 and 65535, got 70000",
        "BITOFGIT_DB_URL|nonsense|bitofgit: BITOFGIT_DB_URL must start with jdbc:sqlite: or jdbc:postgresql://, got 'nonsense'",
        "BITOFGIT_DATA_DIR|/proc/self|bitofgit: BITOFGIT_DATA_DIR: directory /proc/self is not writable",
        "BITOFGIT_LOG_LEVEL|LOUD|bitofgit: BITOFGIT_LOG_LEVEL must be one of TRACE, DEBUG, INFO, WARN, ERROR, OFF, got 'LOUD'",
    })
    void badConfiguration_exits2WithOneLineAndNoStackTrace(String variable, String value, String expected) {
        Map<String, String> env = variable.equals("BITOFGIT_DATA_DIR")
                ? Map.of(variable, value)
                : Map.of("BITOFGIT_DATA_DIR", dir.toString(), variable, value);
        try (JarProcess process = JarProcess.start(env, "serve")) {
            assertThat(process.awaitExit(Duration.ofSeconds(30))).isEqualTo(2);
            assertThat(process.stderr()).hasSize(1);
            assertThat(process.stderr().get(0)).startsWith(expected);
            assertThat(process.stdout()).isEmpty();
        }
    }

    @Test
    void ingestWithoutToken_exits2AtOnceSayingATokenIsNeeded() {
        try (JarProcess process = JarProcess.start(Map.of("BITOFGIT_DATA_DIR", dir.toString(),
                "GITHUB_API_URL", "http://127.0.0.1:9"), "ingest", "octocat")) {
            assertThat(process.awaitExit(Duration.ofSeconds(30))).isEqualTo(2);
            assertThat(process.stderr()).last().isEqualTo("bitofgit: " + dev.bitofgit.ingest.IngestService.TOKEN_NEEDED);
            assertThat(process.stdout()).isEmpty();
        }
    }

    @Test
    void defaultStore_isThePerUserDataDirectory_whateverTheWorkingDirectory() throws Exception {
        Path xdg = dir.resolve("xdg");
        Path somewhere = Files.createDirectories(dir.resolve("somewhere"));
        Map<String, String> env = Map.of("XDG_DATA_HOME", xdg.toString());
        try (JarProcess demo = JarProcess.startIn(somewhere, env, "demo", "--load-only")) {
            assertThat(demo.awaitExit(Duration.ofSeconds(60))).isZero();
            assertThat(demo.stderr()).anyMatch(line -> line.contains("store: " + xdg.resolve("bitofgit/bitofgit.db") + " (SQLite)"));
        }
        // A desktop MCP client starts BitofGit from / : the same store, nothing written there.
        try (JarProcess ask = JarProcess.startIn(Path.of("/"), env, "ask", "octo-demo", "Which of my repos are forks?")) {
            assertThat(ask.awaitExit(Duration.ofSeconds(60))).isZero();
            assertThat(ask.stdout().get(0)).isEqualTo("**1** of your repositories is a fork: **advent-of-code**.");
        }
        assertThat(somewhere.resolve("data")).doesNotExist();
        Map<String, String> home = Map.of("XDG_DATA_HOME", "", "HOME", dir.resolve("home").toString());
        try (JarProcess demo = JarProcess.startIn(somewhere, home, "demo", "--load-only")) {
            assertThat(demo.awaitExit(Duration.ofSeconds(60))).isZero();
        }
        assertThat(dir.resolve("home/.local/share/bitofgit/bitofgit.db")).exists();
    }

    @Test
    void portInUse_exits2WithAHint() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"));
             JarProcess process = JarProcess.start(Map.of("BITOFGIT_DATA_DIR", dir.toString(),
                     "PORT", String.valueOf(taken.getLocalPort())), "serve")) {
            assertThat(process.awaitExit(Duration.ofSeconds(30))).isEqualTo(2);
            assertThat(process.stderr()).last().isEqualTo("bitofgit: port " + taken.getLocalPort()
                    + " is in use; set PORT or --port, 0 picks a free one");
            assertThat(String.join("\n", process.stderr())).doesNotContain("Exception");
        }
    }

    @Test
    void askingAboutANeverIngestedAccount_namesTheIngestCommand() {
        try (JarProcess ask = JarProcess.start(Map.of("BITOFGIT_DATA_DIR", dir.toString()), "ask", "nobody-yet", "hi")) {
            assertThat(ask.awaitExit(Duration.ofSeconds(60))).isZero();
            assertThat(ask.stdout().get(0)).isEqualTo("BitofGit has not ingested nobody-yet yet. Start with "
                    + "`bitofgit ingest nobody-yet --token …` (a GitHub token is needed, even for public data).");
        }
    }

    @Test
    void export_toStandardOutput_asCsv_withoutPrivate_andAnUnknownAccountLeavesNoFile() throws Exception {
        Map<String, String> env = Map.of("BITOFGIT_DATA_DIR", dir.resolve("store").toString());
        try (JarProcess demo = JarProcess.start(env, "demo", "--load-only")) {
            assertThat(demo.awaitExit(Duration.ofSeconds(60))).isZero();
        }
        try (JarProcess out = JarProcess.startIn(dir, env, "export", "octo-demo", "-")) {
            assertThat(out.awaitExit(Duration.ofSeconds(60))).isZero();
            assertThat(out.stdout().get(0)).startsWith("{\"format\":\"bitofgit-export\"");
            // the header, 25 repositories and the pull requests the account authored elsewhere
            assertThat(out.stdout()).hasSize(27).noneMatch(line -> line.startsWith("exported"));
            assertThat(out.stdout().get(26)).startsWith("{\"elsewhere\":{\"pull_requests\":[");
            assertThat(out.stderr()).anyMatch(line -> line.startsWith("exported octo-demo: 25 repositories, ")
                    && line.endsWith(" to standard output"));
        }
        assertThat(dir.resolve("-")).doesNotExist();
        try (JarProcess out = JarProcess.start(env, "export", "octo-demo", "-", "--format", "csv", "--table",
                "repositories", "--no-private")) {
            assertThat(out.awaitExit(Duration.ofSeconds(60))).isZero();
            assertThat(out.stdout().get(0)).startsWith("name,description,html_url,private,fork,archived,");
            java.util.List<String> rows = out.stdout().subList(1, out.stdout().size());
            assertThat(rows).isNotEmpty().hasSizeLessThan(25)
                    .allMatch(row -> row.matches(".*,false,(true|false),(true|false),.*"))
                    .allMatch(row -> row.matches(".*,\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?Z,.*"));
        }
        Path commits = dir.resolve("commits.csv");
        try (JarProcess out = JarProcess.start(env, "export", "octo-demo", commits.toString(), "--format", "csv")) {
            assertThat(out.awaitExit(Duration.ofSeconds(60))).isZero();
        }
        java.util.List<String> lines = Files.readAllLines(commits);
        assertThat(lines.get(0)).isEqualTo("repository,sha,authored_at,committed_at,author_name,author_email,"
                + "author_login,own,merge,additions,deletions,changed_files,message");
        assertThat(lines.get(1)).matches("[a-z0-9-]+,[0-9a-f]{40},\\d{4}-\\d{2}-\\d{2}T[0-9:]+([+-]\\d{2}:\\d{2}|Z),.*");
        Path nothing = dir.resolve("nobody.jsonl");
        try (JarProcess out = JarProcess.start(env, "export", "nobody-here", nothing.toString())) {
            assertThat(out.awaitExit(Duration.ofSeconds(60))).isEqualTo(1);
            assertThat(out.stderr()).last().asString().startsWith("bitofgit: account 'nobody-here' is not in this store");
        }
        assertThat(nothing).doesNotExist();
        assertThat(dir.resolve("nobody.jsonl.partial")).doesNotExist();
    }

    @Test
    void mcpConfig_forClaudeDesktop_startsAWorkingServerFromAnywhere() throws Exception {
        Path store = dir.resolve("store");
        Map<String, String> env = Map.of("BITOFGIT_DATA_DIR", store.toString());
        try (JarProcess demo = JarProcess.start(env, "demo", "--load-only")) {
            assertThat(demo.awaitExit(Duration.ofSeconds(60))).isZero();
        }
        JsonNode server;
        try (JarProcess config = JarProcess.start(env, "mcp-config", "--client", "claude-desktop")) {
            assertThat(config.awaitExit(Duration.ofSeconds(30))).isZero();
            server = tools.jackson.databind.json.JsonMapper.builder().build()
                    .readTree(String.join("\n", config.stdout())).get("mcpServers").get("bitofgit");
        }
        assertThat(Path.of(server.get("command").asString())).isAbsolute().isExecutable();
        assertThat(server.get("args").get(1).asString()).isEqualTo(JarProcess.jar().toAbsolutePath().toString());
        assertThat(server.get("env").get("BITOFGIT_DATA_DIR").asString()).isEqualTo(store.toString());

        // Start it as Claude Desktop does: from /, with only the configured environment, and speak MCP on stdio.
        java.util.List<String> command = new java.util.ArrayList<>(List.of(server.get("command").asString()));
        server.get("args").forEach(arg -> command.add(arg.asString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(Path.of("/").toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().clear();
        builder.environment().put("BITOFGIT_DATA_DIR", server.get("env").get("BITOFGIT_DATA_DIR").asString());
        Process mcp = builder.start();
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(mcp.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
             var out = new java.io.PrintWriter(mcp.getOutputStream(), true, java.nio.charset.StandardCharsets.UTF_8)) {
            out.println("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                    + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"it\",\"version\":\"1\"}}}");
            assertThat(in.readLine()).contains("\"id\":1", "bitofgit");
            out.println("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
            out.println("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"list_accounts\","
                    + "\"arguments\":{}}}");
            assertThat(in.readLine()).contains("\"id\":2", "octo-demo", "\"private_included\":true");
        } finally {
            mcp.destroy();
            mcp.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    @Test
    void mcpConfig_printsEveryClient_andTheSessionCommandGivesATokenThatSeesPrivateData() throws Exception {
        Path store = dir.resolve("store");
        dev.bitofgit.demo.DemoAccount demo = dev.bitofgit.demo.DemoAccountGenerator.generate(
                dev.bitofgit.demo.DemoSpec.octoDemo(java.time.LocalDate.now(java.time.ZoneOffset.UTC)));
        try (dev.bitofgit.testing.GitHubStandIn github = new dev.bitofgit.testing.GitHubStandIn().account(demo)
                .token("ghp_octoDemoOwn", "octo-demo")) {
            Map<String, String> env = Map.of("BITOFGIT_DATA_DIR", store.toString(), "GITHUB_API_URL", github.apiUrl());
            try (JarProcess all = JarProcess.start(env, "mcp-config")) {
                assertThat(all.awaitExit(Duration.ofSeconds(30))).isZero();
                assertThat(String.join("\n", all.stdout())).contains("# Claude Desktop", "# Claude Code", "# Cursor",
                        "# VS Code", "# HTTP clients", "claude mcp add bitofgit --scope user -e BITOFGIT_DATA_DIR=" + store,
                        "\"url\" : \"http://127.0.0.1:8000/mcp\"");
            }
            try (JarProcess demoLoad = JarProcess.start(env, "demo", "--load-only")) {
                assertThat(demoLoad.awaitExit(Duration.ofSeconds(60))).isZero();
            }
            try (JarProcess wrong = JarProcess.start(env, "session", "octo-demo", "--token", GitHubStandIn.READER_TOKEN)) {
                assertThat(wrong.awaitExit(Duration.ofSeconds(30))).isEqualTo(1);
                assertThat(wrong.stderr()).last().isEqualTo("bitofgit: the token belongs to public-reader, not octo-demo; "
                        + "a session proves the token's own account only");
            }
            String token;
            try (JarProcess session = JarProcess.start(env, "session", "octo-demo", "--token", "ghp_octoDemoOwn")) {
                assertThat(session.awaitExit(Duration.ofSeconds(30))).isZero();
                assertThat(session.stdout()).hasSize(1);
                token = session.stdout().get(0);
                assertThat(token).startsWith("bgs_");
            }
            try (JarProcess serve = JarProcess.start(Map.of("BITOFGIT_DATA_DIR", store.toString(), "PORT", "0"), "serve")) {
                Http http = new Http(serve.awaitRunning(Duration.ofSeconds(60)));
                assertThat(http.withBearer(token).post("/tools/list_accounts", "{}").json().get("accounts").get(0)
                        .get("repos").asInt()).isEqualTo(demo.repos().size());
                assertThat(http.post("/tools/list_accounts", "{}").json().get("accounts").get(0)
                        .get("private_included").asBoolean()).isFalse();
                serve.stop();
            }
        }
    }

    /** A store on a file system remounted read-only (root ignores file modes, so chmod would prove nothing). */
    @Test
    void readOnlyStore_askAndMcpRead_writingCommandsSayWhatToDoInOneLine() throws Exception {
        Path store = Files.createDirectories(dir.resolve("ro"));
        mount("tmpfs", "-t", "tmpfs", "-o", "size=16m", "tmpfs", store.toString());
        try {
            Map<String, String> env = Map.of("BITOFGIT_DATA_DIR", store.toString(), "PORT", "0");
            try (JarProcess demo = JarProcess.start(env, "demo", "--load-only")) {
                assertThat(demo.awaitExit(Duration.ofSeconds(60))).isZero();
            }
            mount("remount", "-o", "remount,ro", store.toString());
            try (JarProcess ask = JarProcess.start(env, "ask", "octo-demo", "Which of my repos are forks?")) {
                assertThat(ask.awaitExit(Duration.ofSeconds(60))).isZero();
                assertThat(ask.stdout().get(0)).isEqualTo("**1** of your repositories is a fork: **advent-of-code**.");
                assertThat(ask.stderr()).anyMatch(line -> line.endsWith(store.resolve("bitofgit.db") + " is read-only (a "
                        + "read-only directory or file system): this question and its answer are not kept, so a "
                        + "follow-up cannot refer to them"));
                assertThat(String.join("\n", ask.stderr())).doesNotContain("SQLITE_", "Exception");
            }
            for (String command : List.of("ingest", "serve")) {
                String[] args = command.equals("ingest") ? new String[] {"ingest", "octo-demo", "--token", "t"}
                        : new String[] {"serve"};
                try (JarProcess writer = JarProcess.start(env, args)) {
                    assertThat(writer.awaitExit(Duration.ofSeconds(60))).isEqualTo(2);
                    assertThat(writer.stderr()).last().isEqualTo("bitofgit: " + store.resolve("bitofgit.db")
                            + " is read-only (a read-only directory or file system): `bitofgit " + command
                            + "` writes to the store; make it writable, or point BITOFGIT_DATA_DIR (--data-dir) at a "
                            + "writable directory (`bitofgit ask` and `bitofgit mcp` only read it)");
                }
            }
        } finally {
            new ProcessBuilder("umount", "-l", store.toString()).start().waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    private static void mount(String what, String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("mount"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS) && process.exitValue() == 0)
                .as("mount %s: %s (this test mounts a tmpfs and needs root, as CI runs)", what, output).isTrue();
    }

    @Test
    void unreadableDatabaseFile_exits2NamingTheVariable() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.db"), "not a database ".repeat(200));
        try (JarProcess process = JarProcess.start(Map.of("BITOFGIT_DATA_DIR", dir.toString(),
                "BITOFGIT_DB_URL", "jdbc:sqlite:" + junk), "serve")) {
            assertThat(process.awaitExit(Duration.ofSeconds(30))).isEqualTo(2);
            assertThat(process.stderr()).hasSize(1);
            assertThat(process.stderr().get(0)).startsWith("bitofgit: BITOFGIT_DB_URL: cannot open the database")
                    .contains("file is not a database");
        }
    }

    @ParameterizedTest
    @CsvSource({"serve,true", "demo,true", "ingest,false", "ask,false", "mcp,false", "export,false", "import,false",
        "session,false", "mcp-config,true", "report,false"})
    void help_showsTheCommandsOwnOptions(String command, boolean serves) {
        try (JarProcess process = JarProcess.start(Map.of(), command, "--help")) {
            assertThat(process.awaitExit(Duration.ofSeconds(30))).isZero();
            String help = String.join("\n", process.stdout());
            assertThat(help).startsWith("Usage: bitofgit " + command).contains("--data-dir", "--db-url");
            if (serves) {
                assertThat(help).contains("--port", "--deploy-mode");
            } else {
                assertThat(help).doesNotContain("--port", "--deploy-mode");
            }
        }
    }

    @Test
    void help_listsTheReadmesEnvironmentVariables() throws Exception {
        java.util.List<String> readme = new java.util.ArrayList<>();
        boolean inConfiguration = false;
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            inConfiguration = line.startsWith("## ") ? line.equals("## Configuration") : inConfiguration;
            java.util.regex.Matcher variable = java.util.regex.Pattern.compile("^\\| `([A-Z_]+)` \\|").matcher(line);
            if (inConfiguration && variable.find()) {
                readme.add(variable.group(1));
            }
        }
        try (JarProcess process = JarProcess.start(Map.of(), "--help")) {
            assertThat(process.awaitExit(Duration.ofSeconds(30))).isZero();
            String help = String.join("\n", process.stdout());
            String listed = help.substring(help.indexOf("Environment variables"), help.indexOf("Global options go"));
            java.util.List<String> inHelp = java.util.regex.Pattern.compile("[A-Z][A-Z_]{2,}").matcher(listed).results()
                    .map(java.util.regex.MatchResult::group).filter(name -> !name.equals("README")).toList();
            assertThat(inHelp).isEqualTo(readme).hasSizeGreaterThan(20);
        }
    }

    @Test
    void globalOptions_areHonouredBeforeAndAfterTheCommand() {
        Path store = dir.resolve("elsewhere");
        try (JarProcess demo = JarProcess.start(Map.of(), "--data-dir", store.toString(), "demo", "--load-only")) {
            assertThat(demo.awaitExit(Duration.ofSeconds(60))).isZero();
        }
        assertThat(store.resolve("bitofgit.db")).exists();
        try (JarProcess ask = JarProcess.start(Map.of(), "ask", "octo-demo", "Which of my repos are forks?",
                "--data-dir", store.toString())) {
            assertThat(ask.awaitExit(Duration.ofSeconds(60))).isZero();
            assertThat(ask.stdout().get(0)).isEqualTo("**1** of your repositories is a fork: **advent-of-code**.");
        }
        try (JarProcess serve = JarProcess.start(Map.of("BITOFGIT_DATA_DIR", store.toString(), "PORT", "1"),
                "--port", "0", "serve")) {
            int port = serve.awaitRunning(Duration.ofSeconds(60));
            assertThat(port).isNotIn(0, 1, 8000);
            serve.stop();
        }
    }

    @Test
    void badPortFlag_isAUsageError() {
        try (JarProcess process = JarProcess.start(Map.of("BITOFGIT_DATA_DIR", dir.toString()), "--port", "abc", "serve")) {
            assertThat(process.awaitExit(Duration.ofSeconds(30))).isEqualTo(2);
            assertThat(process.stderr().get(0)).isEqualTo("Invalid value for option '--port': 'abc' is not an int");
            assertThat(process.stdout()).isEmpty();
        }
    }

    @Test
    void demoThenRestart_keepsTheAccount() {
        Map<String, String> env = Map.of("BITOFGIT_DATA_DIR", dir.resolve("data").toString(), "PORT", "0");
        try (JarProcess demo = JarProcess.start(env, "demo")) {
            int port = demo.awaitRunning(Duration.ofSeconds(60));
            JsonNode health = new Http(port).get("/health").json();
            assertThat(health.get("status").asString()).isEqualTo("ok");
            assertThat(health.get("users").asInt()).isEqualTo(1);
            assertThat(demo.stderr()).anyMatch(line -> line.contains("Demo account octo-demo loaded: 25 repositories"));
            assertThat(demo.stderr()).anyMatch(line -> line.contains("BitofGit API is running on http://127.0.0.1:" + port));
            assertThat(demo.stop()).isIn(0, 143);
        }
        assertThat(dir.resolve("data").resolve("bitofgit.db")).exists();
        try (JarProcess serve = JarProcess.start(env, "serve")) {
            int port = serve.awaitRunning(Duration.ofSeconds(60));
            assertThat(new Http(port).get("/health").json().get("users").asInt()).isEqualTo(1);
            serve.stop();
        }
        try (JarProcess again = JarProcess.start(env, "demo", "--load-only")) {
            assertThat(again.awaitExit(Duration.ofSeconds(60))).isZero();
            assertThat(again.stdout()).anyMatch(line -> line.startsWith("already loaded: octo-demo, 25 repositories"));
        }
        try (JarProcess ask = JarProcess.start(env, "ask", "octo-demo", "Which of my repos are forks?")) {
            assertThat(ask.awaitExit(Duration.ofSeconds(60))).isZero();
            assertThat(ask.stdout().get(0)).isEqualTo("**1** of your repositories is a fork: **advent-of-code**.");
        }
        Path export = dir.resolve("octo-demo.jsonl.gz");
        try (JarProcess out = JarProcess.start(env, "export", "octo-demo", export.toString())) {
            assertThat(out.awaitExit(Duration.ofSeconds(60))).isZero();
            assertThat(out.stdout().get(0)).startsWith("exported octo-demo: 25 repositories, ");
        }
        Map<String, String> other = Map.of("BITOFGIT_DATA_DIR", dir.resolve("other").toString());
        try (JarProcess in = JarProcess.start(other, "import", export.toString())) {
            assertThat(in.awaitExit(Duration.ofSeconds(60))).isZero();
            assertThat(in.stdout().get(0)).startsWith("imported octo-demo: 25 repositories, ");
        }
        try (JarProcess ask = JarProcess.start(other, "ask", "octo-demo", "Which of my repos are forks?")) {
            assertThat(ask.awaitExit(Duration.ofSeconds(60))).isZero();
            assertThat(ask.stdout().get(0)).isEqualTo("**1** of your repositories is a fork: **advent-of-code**.");
        }
        try (JarProcess ask = JarProcess.start(env, "ask", "octo-demo", "How many stars do I have in total?", "--json")) {
            assertThat(ask.awaitExit(Duration.ofSeconds(60))).isZero();
            JsonNode json = tools.jackson.databind.json.JsonMapper.builder().build().readTree(String.join("\n", ask.stdout()));
            assertThat(json.get("answerer").asString()).isEqualTo("offline");
            assertThat(json.get("tool_calls").get(0).get("tool").asString()).isEqualTo("list_repos");
        }
    }

    @Test
    void identities_listsSuggestions_declaresAndRemoves_andTravelWithAnExport() throws Exception {
        Path store = dir.resolve("ident");
        Files.createDirectories(store);
        dev.bitofgit.demo.DemoAccount account = dev.bitofgit.testing.IdentityFixture.account("p-chandan", 156);
        try (dev.bitofgit.store.Database database = dev.bitofgit.store.Database.open(
                dev.bitofgit.testing.TestDatabases.sqlite(store))) {
            new dev.bitofgit.demo.DemoLoader(new dev.bitofgit.store.AccountStore(database),
                    new dev.bitofgit.store.RepositoryStore(database), new dev.bitofgit.store.CommitStore(database),
                    new dev.bitofgit.store.ActivityRollups(database), new dev.bitofgit.store.WorkStore(database))
                    .load(account);
        }
        java.util.List<dev.bitofgit.testing.IdentityFixture.Stored> commits = dev.bitofgit.testing.IdentityFixture.commits(account);
        long before = commits.stream().filter(c -> dev.bitofgit.testing.IdentityFixture.linked(account, account.emails(),
                c.commit())).count();
        long work = commits.stream().filter(c -> c.commit().authorEmail().equals(
                dev.bitofgit.testing.IdentityFixture.WORK_EMAIL)).count();
        Map<String, String> env = Map.of("BITOFGIT_DATA_DIR", store.toString());
        try (JarProcess list = JarProcess.start(env, "identities", "p-chandan")) {
            assertThat(list.awaitExit(Duration.ofSeconds(60))).isZero();
            assertThat(list.stdout()).contains("identities of p-chandan (" + before + " own commits)", "declared: none")
                    .anyMatch(line -> line.startsWith("  " + work + " commits by p.chandan@work.example (Prakash Chandan), ")
                            && line.endsWith("; yours? bitofgit identities p-chandan --add-email p.chandan@work.example"));
        }
        try (JarProcess add = JarProcess.start(env, "identities", "p-chandan", "--add-email", "P.Chandan@work.example")) {
            assertThat(add.awaitExit(Duration.ofSeconds(60))).isZero();
            assertThat(add.stdout()).contains("added email p.chandan@work.example", "  " + work + " commits changed owner",
                    "own commits: " + before + " -> " + (before + work), "  email  p.chandan@work.example");
        }
        try (JarProcess bad = JarProcess.start(env, "identities", "p-chandan", "--add-email", "not-an-address")) {
            assertThat(bad.awaitExit(Duration.ofSeconds(60))).isEqualTo(2);
            assertThat(bad.stderr()).last().asString().isEqualTo("bitofgit: 'not-an-address' is not an e-mail address; "
                    + "give one address such as p.chandan@work.example (no name, no angle brackets)");
        }
        Path mailmap = Files.writeString(dir.resolve(".mailmap"), "Prakash Chandan <p.chandan@example.com> <prakash@old-job.example>\n");
        try (JarProcess imported = JarProcess.start(env, "identities", "p-chandan", "--mailmap", mailmap.toString())) {
            assertThat(imported.awaitExit(Duration.ofSeconds(60))).isZero();
            assertThat(imported.stdout()).contains("added email prakash@old-job.example");
        }
        Path export = dir.resolve("p-chandan.jsonl");
        try (JarProcess out = JarProcess.start(env, "export", "p-chandan", export.toString())) {
            assertThat(out.awaitExit(Duration.ofSeconds(60))).isZero();
        }
        Map<String, String> other = Map.of("BITOFGIT_DATA_DIR", dir.resolve("other").toString());
        try (JarProcess in = JarProcess.start(other, "import", export.toString())) {
            assertThat(in.awaitExit(Duration.ofSeconds(120))).isZero();
        }
        try (JarProcess list = JarProcess.start(other, "identities", "p-chandan")) {
            assertThat(list.awaitExit(Duration.ofSeconds(60))).isZero();
            assertThat(list.stdout()).contains("  email  p.chandan@work.example", "  email  prakash@old-job.example");
        }
        try (JarProcess remove = JarProcess.start(env, "identities", "p-chandan", "--remove-email", "p.chandan@work.example",
                "--remove-email", "prakash@old-job.example")) {
            assertThat(remove.awaitExit(Duration.ofSeconds(60))).isZero();
            assertThat(remove.stdout()).contains("removed email p.chandan@work.example", "declared: none")
                    .anyMatch(line -> line.startsWith("own commits: ") && line.endsWith(" -> " + before));
        }
    }
}
