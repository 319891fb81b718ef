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
    void securitySettings_defaultsAndValues() {
        SecuritySettings defaults = SettingsLoader.load(env(), Map.of()).security();
        assertThat(defaults.apiKeys()).isEmpty();
        assertThat(defaults.secretKey()).isEmpty();
        assertThat(defaults.corsOrigins()).isEmpty();
        assertThat(defaults.ingestsPerHour()).isEqualTo(10);
        assertThat(defaults.queriesPerMinute()).isEqualTo(30);
        assertThat(defaults.sessionLifetime()).isEqualTo(Duration.ofDays(30));
        assertThat(defaults.resyncInterval()).isEqualTo(Duration.ZERO);

        String key = java.util.Base64.getEncoder().encodeToString(new byte[32]);
        Settings settings = SettingsLoader.load(env("BITOFGIT_API_KEYS", " first-key-0123456789ab , second-key-0123456789ab",
                "BITOFGIT_SECRET_KEY", key, "BITOFGIT_CORS_ORIGINS", "https://a.example.com,http://localhost:3000",
                "BITOFGIT_SESSION_DAYS", "7", "BITOFGIT_RESYNC_HOURS", "24"), Map.of());
        assertThat(settings.security().apiKeys()).containsExactly("first-key-0123456789ab", "second-key-0123456789ab");
        assertThat(settings.security().secretKey()).hasValueSatisfying(bytes -> assertThat(bytes).hasSize(32));
        assertThat(settings.security().corsOrigins()).containsExactly("https://a.example.com", "http://localhost:3000");
        assertThat(settings.security().sessionLifetime()).isEqualTo(Duration.ofDays(7));
        assertThat(settings.security().resyncInterval()).isEqualTo(Duration.ofHours(24));
        assertThat(settings.toString()).doesNotContain("first-key").doesNotContain(key).contains("apiKeys=2 set");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "BITOFGIT_SECRET_KEY|not base64 !!|BITOFGIT_SECRET_KEY must be 32 bytes in base64 (generate one with: openssl rand -base64 32); the value given is not base64",
            "BITOFGIT_SECRET_KEY|c2hvcnQ=|BITOFGIT_SECRET_KEY must be 32 bytes in base64 (generate one with: openssl rand -base64 32); the value given decodes to 5 bytes",
            "BITOFGIT_API_KEYS|short|BITOFGIT_API_KEYS holds a key of 5 characters; each key must have at least 20 (generate one with: openssl rand -hex 24)",
            "BITOFGIT_CORS_ORIGINS|https://a.example.com/path|BITOFGIT_CORS_ORIGINS must list origins like https://app.example.com (scheme, host, optional port; no path), got 'https://a.example.com/path'",
            "BITOFGIT_RATE_LIMIT_QUERIES_PER_MINUTE|0|BITOFGIT_RATE_LIMIT_QUERIES_PER_MINUTE must be between 1 and 100000, got 0",
            "BITOFGIT_SESSION_DAYS|forever|BITOFGIT_SESSION_DAYS must be a whole number between 1 and 365, got 'forever'",
            "BITOFGIT_TRUSTED_PROXIES|10.0.0.0/8,lb.internal|BITOFGIT_TRUSTED_PROXIES: 'lb.internal' is not an IP address or CIDR network (like 10.0.0.0/8)",
    })
    void badSecuritySettings_stopStartWithTheVariablesName(String name, String value, String message) {
        assertThatThrownBy(() -> SettingsLoader.load(env(name, value), Map.of()))
                .isInstanceOf(ConfigurationException.class).hasMessage(message);
    }

    @Test
    void defaultDataDir_isThePerUserDataDirectory_neverTheWorkingDirectory(@TempDir Path home) {
        Settings xdg = SettingsLoader.load(Map.of("XDG_DATA_HOME", home.resolve("xdg").toString()), Map.of());
        assertThat(xdg.dataDir()).isEqualTo(home.resolve("xdg").resolve("bitofgit"));
        assertThat(xdg.databaseUrl()).isEqualTo("jdbc:sqlite:" + home.resolve("xdg").resolve("bitofgit").resolve("bitofgit.db"));
        Settings fallback = SettingsLoader.load(Map.of("HOME", home.toString(), "XDG_DATA_HOME", "relative/ignored"), Map.of());
        assertThat(fallback.dataDir()).isEqualTo(home.resolve(".local/share/bitofgit"));
        Settings overridden = SettingsLoader.load(Map.of("HOME", home.toString(), "BITOFGIT_DATA_DIR",
                home.resolve("mine").toString()), Map.of());
        assertThat(overridden.dataDir()).isEqualTo(home.resolve("mine"));
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
