package dev.bitofgit.testing;

import dev.bitofgit.app.Application;
import dev.bitofgit.app.SettingsLoader;
import dev.bitofgit.web.WebModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real application on a free port, fresh for every test, in its own data directory — the setup HTTP tests used to
 * write by hand. Register it as a field: {@code @RegisterExtension final TestServer server = TestServer.create()…}.
 * A GitHub stand-in, when given, starts before the application (its URL becomes GITHUB_API_URL) and stops after it.
 */
public final class TestServer implements BeforeEachCallback, AfterEachCallback {
    private final Map<String, String> env = new LinkedHashMap<>();
    private Optional<Supplier<GitHubStandIn>> standIn = Optional.empty();
    private boolean demo;
    private Function<Application, List<WebModule>> modules = application -> List.of();

    private Path dataDir;
    private GitHubStandIn github;
    private Application application;
    private Http http;

    private TestServer() {
    }

    public static TestServer create() {
        return new TestServer();
    }

    /** An environment variable for the application's settings, beside its data directory and port 0. */
    public TestServer env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** A GitHub stand-in built fresh for each test. */
    public TestServer github(Supplier<GitHubStandIn> factory) {
        standIn = Optional.of(factory);
        return this;
    }

    /** Loads the demo account before the server starts. */
    public TestServer withDemo() {
        demo = true;
        return this;
    }

    /** Extra route modules (probes) built from the application, mounted before the server's own routes. */
    public TestServer modules(Function<Application, List<WebModule>> extra) {
        modules = extra;
        return this;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        dataDir = Files.createTempDirectory("bitofgit-test");
        Map<String, String> settings = new LinkedHashMap<>(env);
        settings.put("BITOFGIT_DATA_DIR", dataDir.toString());
        settings.put("PORT", "0");
        if (standIn.isPresent()) {
            github = standIn.get().get();
            settings.put("GITHUB_API_URL", github.apiUrl());
        }
        application = Application.open(SettingsLoader.load(settings, Map.of()));
        if (demo) {
            application.loadDemo();
        }
        http = new Http(application.startServer(modules.apply(application)));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            if (application != null) {
                application.close();
            }
        } finally {
            if (github != null) {
                github.close();
            }
            delete(dataDir);
            application = null;
            github = null;
        }
    }

    public Application application() {
        return application;
    }

    public Http http() {
        return http;
    }

    public GitHubStandIn github() {
        if (github == null) {
            throw new IllegalStateException("this TestServer has no GitHub stand-in: register one with github(...)");
        }
        return github;
    }

    public Path dataDir() {
        return dataDir;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // A file the store still holds open on some platform: left to the OS's temp cleaning, never a failure.
        }
    }
}
