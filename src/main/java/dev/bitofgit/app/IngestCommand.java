package dev.bitofgit.app;

import dev.bitofgit.ingest.IngestRejected;
import dev.bitofgit.ingest.JobState;
import dev.bitofgit.ingest.IngestRequest;
import dev.bitofgit.ingest.JobStatus;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `bitofgit ingest USERNAME`: an ingest in the foreground with a progress bar, for a terminal. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest a GitHub account into the store in the foreground, with a progress bar.")
final class IngestCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main parent;

    @Mixin
    Main.GitHubOptions github;

    @Parameters(paramLabel = "USERNAME", description = "the GitHub login to ingest")
    String username;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "GitHub token (default: env GITHUB_TOKEN); needed for private repositories")
    String token;

    @Option(names = "--no-private", description = "ingest public repositories only, even with a token")
    boolean noPrivate;

    @Option(names = "--full", description = "ignore stored ETags and cursors: fetch everything again")
    boolean full;

    @Override
    public Integer call() {
        Settings settings = parent.settings(null, github);
        try (Application application = Application.open(settings)) {
            application.requireWritableStore("ingest");
            ProgressBar bar = ProgressBar.forStderr();
            long started = System.nanoTime();
            JobStatus result;
            try {
                result = application.ingest().runInForeground(
                        new IngestRequest(username, Optional.ofNullable(token), !noPrivate, full), bar::show);
            } catch (IngestRejected e) {
                System.err.println("bitofgit: " + e.getMessage());
                return Main.exitCode(e);
            }
            bar.finish();
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "%s: %s — %s, %s stored, %s (%d not modified), %.1f s%n",
                    result.username(), result.status(), ProgressBar.plural(result.reposTotal(), "repository", "repositories"),
                    ProgressBar.plural(result.commitsStored(), "commit"), ProgressBar.plural(result.requests(), "request"),
                    result.notModified(), seconds);
            result.message().ifPresent(message -> System.out.println(message));
            result.errors().forEach(error -> System.out.println("  failed: " + error.repo() + ": " + error.error()));
            Main.awaitMeaning(application);
            return JobState.of(result.status()) == JobState.COMPLETED ? Main.OK : Main.FAILED;
        }
    }
}
