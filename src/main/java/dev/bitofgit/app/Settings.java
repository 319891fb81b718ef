package dev.bitofgit.app;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Every setting of the process, read once at start by {@link SettingsLoader} and frozen.
 * Secrets are held here only in memory and are redacted from {@link #toString()}.
 */
public record Settings(
        int port,
        DeployMode deployMode,
        Path dataDir,
        String databaseUrl,
        Optional<String> githubToken,
        URI githubApiUrl,
        URI githubGraphqlUrl,
        Optional<String> openaiApiKey,
        URI openaiBaseUrl,
        String openaiModel,
        int ingestConcurrency,
        Duration rateLimitMaxWait,
        Duration jobLease,
        SecuritySettings security) {

    public static final String DEFAULT_OPENAI_MODEL = "gpt-4o-mini";

    public Settings {
        requireNonNull(deployMode, "deployMode == null");
        requireNonNull(dataDir, "dataDir == null");
        requireNonNull(databaseUrl, "databaseUrl == null");
        requireNonNull(githubToken, "githubToken == null");
        requireNonNull(githubApiUrl, "githubApiUrl == null");
        requireNonNull(githubGraphqlUrl, "githubGraphqlUrl == null");
        requireNonNull(openaiApiKey, "openaiApiKey == null");
        requireNonNull(openaiBaseUrl, "openaiBaseUrl == null");
        requireNonNull(openaiModel, "openaiModel == null");
        requireNonNull(rateLimitMaxWait, "rateLimitMaxWait == null");
        requireNonNull(jobLease, "jobLease == null");
        requireNonNull(security, "security == null");
    }

    public String bindHost() {
        return deployMode.bindHost();
    }

    /** The database URL with any password removed, safe for logs and /health. */
    public String redactedDatabaseUrl() {
        return DatabaseUrls.redact(databaseUrl);
    }

    @Override
    public String toString() {
        return "Settings[port=" + port + ", deployMode=" + deployMode + ", dataDir=" + dataDir
                + ", databaseUrl=" + redactedDatabaseUrl()
                + ", githubToken=" + (githubToken.isPresent() ? "(set)" : "(unset)")
                + ", githubApiUrl=" + githubApiUrl + ", githubGraphqlUrl=" + githubGraphqlUrl
                + ", openaiApiKey=" + (openaiApiKey.isPresent() ? "(set)" : "(unset)")
                + ", openaiBaseUrl=" + openaiBaseUrl + ", openaiModel=" + openaiModel
                + ", ingestConcurrency=" + ingestConcurrency + ", rateLimitMaxWait=" + rateLimitMaxWait
                + ", jobLease=" + jobLease + ", security=" + security + "]";
    }
}
