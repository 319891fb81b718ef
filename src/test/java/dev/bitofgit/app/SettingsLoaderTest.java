package dev.bitofgit.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsLoaderTest {
    @TempDir
    Path dir;

    private Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        env.put("BITOFGIT_DATA_DIR", dir.resolve("data").toString());
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    @Test
    void defaults_followTheContract() {
        Settings settings = SettingsLoader.load(env(), Map.of());
        assertThat(settings.port()).isEqualTo(8000);
        assertThat(settings.deployMode()).isEqualTo(DeployMode.LOCAL);
        assertThat(settings.bindHost()).isEqualTo("127.0.0.1");
        assertThat(settings.dataDir()).isEqualTo(dir.resolve("data").toAbsolutePath());
        assertThat(Files.isDirectory(dir.resolve("data"))).isTrue();
        assertThat(settings.databaseUrl()).isEqualTo("jdbc:sqlite:" + dir.resolve("data").resolve("bitofgit.db").toAbsolutePath());
        assertThat(settings.githubApiUrl()).isEqualTo(URI.create("https://api.github.com"));
        assertThat(settings.githubGraphqlUrl()).isEqualTo(URI.create("https://api.github.com/graphql"));
        assertThat(settings.openaiBaseUrl()).isEqualTo(URI.create("https://api.openai.com/v1"));
        assertThat(settings.githubToken()).isEmpty();
        assertThat(settings.openaiApiKey()).isEmpty();
        assertThat(settings.ingestConcurrency()).isEqualTo(4);
        assertThat(settings.rateLimitMaxWait()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void defaultDataDir_isTheDataFolderOfTheWorkingDirectory() {
        Settings settings = SettingsLoader.load(Map.of(), Map.of());
        assertThat(settings.dataDir()).isEqualTo(Path.of("data").toAbsolutePath().normalize());
        assertThat(settings.databaseUrl()).isEqualTo("jdbc:sqlite:" + Path.of("data", "bitofgit.db").toAbsolutePath().normalize());
    }

    @Test
    void cloudMode_bindsAllInterfaces() {
        Settings settings = SettingsLoader.load(env("DEPLOY_MODE", "CLOUD"), Map.of());
        assertThat(settings.deployMode()).isEqualTo(DeployMode.CLOUD);
        assertThat(settings.bindHost()).isEqualTo("0.0.0.0");
    }

    @Test
    void flags_overrideVariables() {
        Settings settings = SettingsLoader.load(env("PORT", "9000", "DEPLOY_MODE", "cloud"),
                Map.of("PORT", "9100", "DEPLOY_MODE", "local"));
        assertThat(settings.port()).isEqualTo(9100);
        assertThat(settings.deployMode()).isEqualTo(DeployMode.LOCAL);
    }

    @Test
    void enterpriseApiUrl_derivesEnterpriseGraphqlUrl() {
        Settings settings = SettingsLoader.load(env("GITHUB_API_URL", "https://ghe.example.com/api/v3/"), Map.of());
        assertThat(settings.githubApiUrl()).isEqualTo(URI.create("https://ghe.example.com/api/v3"));
        assertThat(settings.githubGraphqlUrl()).isEqualTo(URI.create("https://ghe.example.com/api/graphql"));
    }

    @Test
    void explicitGraphqlUrl_wins() {
        Settings settings = SettingsLoader.load(env("GITHUB_GRAPHQL_URL", "http://127.0.0.1:9/gql"), Map.of());
        assertThat(settings.githubGraphqlUrl()).isEqualTo(URI.create("http://127.0.0.1:9/gql"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
        "PORT|abc|PORT must be a whole number between 0 and 65535, got 'abc'",
        "PORT|70000|PORT must be between 0 and 65535, got 70000",
        "PORT|-1|PORT must be between 0 and 65535, got -1",
        "DEPLOY_MODE|prod|DEPLOY_MODE must be 'local' or 'cloud', got 'prod'",
        "BITOFGIT_DB_URL|mysql://x|BITOFGIT_DB_URL must start with jdbc:sqlite: or jdbc:postgresql://, got 'mysql://x'",
        "BITOFGIT_DB_URL|jdbc:postgresql:|BITOFGIT_DB_URL must look like jdbc:postgresql://HOST[:PORT]/DATABASE, got 'jdbc:postgresql:'",
        "GITHUB_API_URL|ftp://example.com|GITHUB_API_URL must be an http:// or https:// URL, got 'ftp://example.com'",
        "OPENAI_BASE_URL|not a url|OPENAI_BASE_URL is not a valid URL: 'not a url' (Illegal character in path)",
        "BITOFGIT_INGEST_CONCURRENCY|0|BITOFGIT_INGEST_CONCURRENCY must be between 1 and 32, got 0",
    })
    void badValue_namesTheVariableAndTheValue(String variable, String value, String message) {
        assertThatThrownBy(() -> SettingsLoader.load(env(variable, value), Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage(message);
    }

    @Test
    void passwordInDatabaseUrl_isRedactedFromErrorsAndToString() {
        assertThatThrownBy(() -> SettingsLoader.load(env("BITOFGIT_DB_URL", "jdbc:mysql://u:hunter2@h/db?password=hunter2"), Map.of()))
                .hasMessageNotContaining("hunter2");
        Settings settings = SettingsLoader.load(env("BITOFGIT_DB_URL", "jdbc:postgresql://h/db?user=u&password=hunter2",
                "GITHUB_TOKEN", "ghp_secretvalue", "OPENAI_API_KEY", "sk-secretvalue"), Map.of());
        assertThat(settings.toString()).doesNotContain("hunter2", "ghp_secretvalue", "sk-secretvalue");
        assertThat(settings.redactedDatabaseUrl()).isEqualTo("jdbc:postgresql://h/db?user=u&password=***");
    }

    @Test
    void dataDirThatCannotBeCreated_isRejected() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("BITOFGIT_DATA_DIR", file.resolve("sub").toString()), Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("BITOFGIT_DATA_DIR: cannot create directory " + file.resolve("sub"));
    }

    @Test
    void dataDirThatCannotBeWritten_isRejected() {
        // /proc/self exists but accepts no new files, even for root (tests run as root here).
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("BITOFGIT_DATA_DIR", "/proc/self"), Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("BITOFGIT_DATA_DIR: directory /proc/self is not writable");
    }

    @Test
    void sqliteUrlNamingADirectory_isRejected() {
        assertThatThrownBy(() -> SettingsLoader.load(env("BITOFGIT_DB_URL", "jdbc:sqlite:" + dir), Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("BITOFGIT_DB_URL names a directory, not a SQLite file: " + dir);
    }
}
