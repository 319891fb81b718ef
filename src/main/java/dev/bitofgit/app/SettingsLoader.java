package dev.bitofgit.app;

import dev.bitofgit.auth.TrustedProxies;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the contract's environment variables (and command-line overrides of them) into {@link Settings}.
 * Every check names the variable and the value, so a bad deployment fails at start with one actionable line
 * instead of misbehaving later.
 */
public final class SettingsLoader {
    public static final String PORT = "PORT";
    public static final String DEPLOY_MODE = "DEPLOY_MODE";
    public static final String DATA_DIR = "BITOFGIT_DATA_DIR";
    public static final String DB_URL = "BITOFGIT_DB_URL";
    public static final String GITHUB_TOKEN = "GITHUB_TOKEN";
    public static final String GITHUB_API_URL = "GITHUB_API_URL";
    public static final String GITHUB_GRAPHQL_URL = "GITHUB_GRAPHQL_URL";
    public static final String OPENAI_API_KEY = "OPENAI_API_KEY";
    public static final String OPENAI_BASE_URL = "OPENAI_BASE_URL";
    public static final String OPENAI_MODEL = "OPENAI_MODEL";
    public static final String INGEST_CONCURRENCY = "BITOFGIT_INGEST_CONCURRENCY";
    public static final String RATE_LIMIT_MAX_WAIT = "BITOFGIT_RATE_LIMIT_MAX_WAIT_SECONDS";
    public static final String JOB_LEASE = "BITOFGIT_JOB_LEASE_SECONDS";
    public static final String API_KEYS = "BITOFGIT_API_KEYS";
    public static final String SECRET_KEY = "BITOFGIT_SECRET_KEY";
    public static final String CORS_ORIGINS = "BITOFGIT_CORS_ORIGINS";
    public static final String INGESTS_PER_HOUR = "BITOFGIT_RATE_LIMIT_INGESTS_PER_HOUR";
    public static final String QUERIES_PER_MINUTE = "BITOFGIT_RATE_LIMIT_QUERIES_PER_MINUTE";
    public static final String SESSION_DAYS = "BITOFGIT_SESSION_DAYS";
    public static final String RESYNC_HOURS = "BITOFGIT_RESYNC_HOURS";
    public static final String TRUSTED_PROXIES = "BITOFGIT_TRUSTED_PROXIES";
    public static final String LOG_LEVEL = "BITOFGIT_LOG_LEVEL";
    public static final String LIBRARY_LOG_LEVEL = "BITOFGIT_LIBRARY_LOG_LEVEL";
    private static final List<String> LOG_LEVELS = List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF");
    private static final int MIN_API_KEY_LENGTH = 20;

    private static final String DEFAULT_GITHUB_API = "https://api.github.com";

    private final Map<String, String> values;

    private SettingsLoader(Map<String, String> values) {
        this.values = values;
    }

    /**
     * @param environment the process environment (or a test's map)
     * @param overrides   values given on the command line, keyed by the variable they override
     */
    public static Settings load(Map<String, String> environment, Map<String, String> overrides) {
        Map<String, String> merged = new HashMap<>(environment);
        overrides.forEach((name, value) -> {
            if (value != null) {
                merged.put(name, value);
            }
        });
        return new SettingsLoader(merged).load();
    }

    private Settings load() {
        // logback.xml reads the log levels itself, and takes a misspelt one for DEBUG: check them here instead.
        logLevel(LOG_LEVEL);
        logLevel(LIBRARY_LOG_LEVEL);
        int port = integer(PORT, 8000, 0, 65_535);
        DeployMode deployMode = deployMode();
        Path dataDir = dataDir();
        String databaseUrl = databaseUrl(dataDir);
        URI githubApiUrl = httpUrl(GITHUB_API_URL, DEFAULT_GITHUB_API);
        URI githubGraphqlUrl = optional(GITHUB_GRAPHQL_URL)
                .map(value -> httpUrl(GITHUB_GRAPHQL_URL, value))
                .orElseGet(() -> graphqlUrlFor(githubApiUrl));
        URI openaiBaseUrl = httpUrl(OPENAI_BASE_URL, "https://api.openai.com/v1");
        String openaiModel = optional(OPENAI_MODEL).orElse(Settings.DEFAULT_OPENAI_MODEL);
        int concurrency = integer(INGEST_CONCURRENCY, 4, 1, 32);
        int maxWaitSeconds = integer(RATE_LIMIT_MAX_WAIT, 3_600, 0, 86_400);
        int leaseSeconds = integer(JOB_LEASE, 30, 3, 3_600);
        return new Settings(port, deployMode, dataDir, databaseUrl, optional(GITHUB_TOKEN), githubApiUrl,
                githubGraphqlUrl, optional(OPENAI_API_KEY), openaiBaseUrl, openaiModel, concurrency,
                Duration.ofSeconds(maxWaitSeconds), Duration.ofSeconds(leaseSeconds), security());
    }

    private SecuritySettings security() {
        List<String> keys = list(API_KEYS);
        for (String key : keys) {
            if (key.length() < MIN_API_KEY_LENGTH) {
                throw new ConfigurationException(API_KEYS + " holds a key of " + key.length() + " characters; each key "
                        + "must have at least " + MIN_API_KEY_LENGTH + " (generate one with: openssl rand -hex 24)");
            }
        }
        Optional<byte[]> secret = optional(SECRET_KEY).map(SettingsLoader::secretKey);
        List<String> origins = list(CORS_ORIGINS);
        for (String origin : origins) {
            if (!origin.matches("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?")) {
                throw new ConfigurationException(CORS_ORIGINS + " must list origins like https://app.example.com "
                        + "(scheme, host, optional port; no path), got '" + origin + "'");
            }
        }
        List<String> proxies = list(TRUSTED_PROXIES);
        try {
            TrustedProxies.parse(proxies);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(TRUSTED_PROXIES + ": " + e.getMessage());
        }
        return new SecuritySettings(keys, secret, origins, integer(INGESTS_PER_HOUR, 10, 1, 100_000),
                integer(QUERIES_PER_MINUTE, 30, 1, 100_000), Duration.ofDays(integer(SESSION_DAYS, 30, 1, 365)),
                Duration.ofHours(integer(RESYNC_HOURS, 0, 0, 24 * 30)), proxies);
    }

    /** The AES-256 key that seals kept tokens: 32 bytes, base64. Never echoed in an error. */
    private static byte[] secretKey(String raw) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(raw);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(SECRET_KEY + " must be 32 bytes in base64 (generate one with: "
                    + "openssl rand -base64 32); the value given is not base64");
        }
        if (key.length != 32) {
            throw new ConfigurationException(SECRET_KEY + " must be 32 bytes in base64 (generate one with: "
                    + "openssl rand -base64 32); the value given decodes to " + key.length + " bytes");
        }
        return key;
    }

    private List<String> list(String name) {
        return optional(name).map(value -> Arrays.stream(value.split(","))
                        .map(String::trim).filter(item -> !item.isEmpty()).toList())
                .orElse(List.of());
    }

    /** GitHub's rule: api.github.com → api.github.com/graphql; Enterprise …/api/v3 → …/api/graphql. */
    static URI graphqlUrlFor(URI apiUrl) {
        String base = apiUrl.toString().replaceAll("/+$", "");
        if (base.endsWith("/api/v3")) {
            return URI.create(base.substring(0, base.length() - "/v3".length()) + "/graphql");
        }
        return URI.create(base + "/graphql");
    }

    private Optional<String> optional(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(value.trim());
    }

    private int integer(String name, int defaultValue, int min, int max) {
        Optional<String> raw = optional(name);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        int value;
        try {
            value = Integer.parseInt(raw.get());
        } catch (NumberFormatException e) {
            throw new ConfigurationException(
                    name + " must be a whole number between " + min + " and " + max + ", got '" + raw.get() + "'");
        }
        if (value < min || value > max) {
            throw new ConfigurationException(
                    name + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    private void logLevel(String name) {
        optional(name).filter(level -> !LOG_LEVELS.contains(level.toUpperCase(Locale.ROOT))).ifPresent(level -> {
            throw new ConfigurationException(name + " must be one of " + String.join(", ", LOG_LEVELS) + ", got '"
                    + level + "'");
        });
    }

    private DeployMode deployMode() {
        String raw = optional(DEPLOY_MODE).orElse("local");
        try {
            return DeployMode.valueOf(raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(DEPLOY_MODE + " must be 'local' or 'cloud', got '" + raw + "'");
        }
    }

    /**
     * The per-user data directory: $XDG_DATA_HOME/bitofgit, else ~/.local/share/bitofgit. Never the working
     * directory: a desktop MCP client starts `bitofgit mcp` from anywhere (often /) and must see the same store as
     * the `demo` or `ingest` run from a shell.
     */
    static Path defaultDataDir(Map<String, String> environment) {
        String xdg = environment.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg.trim()).isAbsolute()) { // the XDG spec ignores relative paths
            return Path.of(xdg.trim(), "bitofgit");
        }
        String home = environment.get("HOME");
        if (home == null || home.isBlank()) {
            home = System.getProperty("user.home");
        }
        return Path.of(home, ".local", "share", "bitofgit");
    }

    private Path dataDir() {
        String raw = optional(DATA_DIR).orElseGet(() -> defaultDataDir(values).toString());
        Path dir;
        try {
            dir = Path.of(raw).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new ConfigurationException(DATA_DIR + " is not a valid path: '" + raw + "'");
        }
        if (optional(DB_URL).isEmpty() && Files.isDirectory(dir) && Files.isRegularFile(dir.resolve("bitofgit.db"))
                && !Files.isWritable(dir)) {
            return dir; // a read-only store: `ask` and `mcp` read it; commands that write say so (Application)
        }
        ensureWritableDirectory(DATA_DIR, dir);
        return dir;
    }

    private String databaseUrl(Path dataDir) {
        Optional<String> raw = optional(DB_URL);
        if (raw.isEmpty()) {
            return "jdbc:sqlite:" + dataDir.resolve("bitofgit.db");
        }
        String url = raw.get();
        if (url.startsWith("jdbc:postgresql:")) {
            if (!url.startsWith("jdbc:postgresql://") || url.length() <= "jdbc:postgresql://".length()) {
                throw new ConfigurationException(DB_URL + " must look like jdbc:postgresql://HOST[:PORT]/DATABASE, got '"
                        + DatabaseUrls.redact(url) + "'");
            }
            return url;
        }
        if (url.startsWith("jdbc:sqlite:")) {
            String location = url.substring("jdbc:sqlite:".length());
            int query = location.indexOf('?');
            String file = query >= 0 ? location.substring(0, query) : location;
            if (file.isBlank()) {
                throw new ConfigurationException(DB_URL + " names no SQLite file: '" + url + "'");
            }
            if (file.startsWith(":memory:") || file.startsWith("file:")) {
                return url;
            }
            Path path;
            try {
                path = Path.of(file).toAbsolutePath().normalize();
            } catch (InvalidPathException e) {
                throw new ConfigurationException(DB_URL + " names an invalid SQLite path: '" + file + "'");
            }
            if (Files.isDirectory(path)) {
                throw new ConfigurationException(DB_URL + " names a directory, not a SQLite file: " + path);
            }
            if (Files.exists(path) && !Files.isReadable(path)) {
                throw new ConfigurationException(DB_URL + " names a file that cannot be read: " + path);
            }
            if (!Files.exists(path)) { // an existing file may be read-only: `ask` and `mcp` only read it
                ensureWritableDirectory(DB_URL, path.getParent());
            }
            return url;
        }
        throw new ConfigurationException(DB_URL + " must start with jdbc:sqlite: or jdbc:postgresql://, got '"
                + DatabaseUrls.redact(url) + "'");
    }

    private URI httpUrl(String name, String defaultValue) {
        String raw = optional(name).orElse(defaultValue);
        try {
            URI uri = new URI(raw);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new ConfigurationException(name + " must be an http:// or https:// URL, got '" + raw + "'");
            }
            return URI.create(raw.replaceAll("/+$", ""));
        } catch (URISyntaxException e) {
            throw new ConfigurationException(name + " is not a valid URL: '" + raw + "' (" + e.getReason() + ")");
        }
    }

    private static void ensureWritableDirectory(String name, Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            throw new ConfigurationException(name + ": cannot create directory " + dir + " (" + describe(e) + ")");
        }
        if (!Files.isDirectory(dir)) {
            throw new ConfigurationException(name + ": " + dir + " is not a directory");
        }
        try {
            Path probe = Files.createTempFile(dir, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new ConfigurationException(name + ": directory " + dir + " is not writable (" + describe(e) + ")");
        }
    }

    private static String describe(Exception e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        return kind.isEmpty() ? String.valueOf(e.getMessage()) : kind + ": " + e.getMessage();
    }
}
