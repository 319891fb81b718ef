package dev.bitofgit.app;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.answer.QueryService;
import dev.bitofgit.ingest.AccountStatus;
import dev.bitofgit.ingest.IngestRejected;
import dev.bitofgit.ingest.JobState;
import dev.bitofgit.ingest.IngestService;
import dev.bitofgit.tools.ToolContext;

/**
 * Whether an account can be asked about, from its ingest state: never answer from an empty store silently. The hint
 * for starting an ingest names what the user in front of this face can do: a command on the CLI, the endpoint on HTTP.
 */
final class IngestReadiness implements QueryService.AccountReadiness {
    private final IngestService ingest;
    private volatile boolean commandLine;

    IngestReadiness(IngestService ingest) {
        this.ingest = requireNonNull(ingest, "ingest == null");
    }

    /** Answers go to a command-line user (`bitofgit ask`): hints name commands, not endpoints. */
    void answerForCommandLine() {
        commandLine = true;
    }

    @Override
    public QueryService.Readiness of(String username, ToolContext caller) {
        AccountStatus status;
        try {
            status = ingest.account(username, caller.mayReadPrivate(username));
        } catch (IngestRejected e) {
            return new QueryService.Readiness(false, false, e.getMessage());
        }
        boolean hasData = status.repoCount() > 0;
        return switch (JobState.of(status.status())) {
            case PENDING, RUNNING -> hasData
                    ? new QueryService.Readiness(true, false, "An ingest of " + status.username()
                            + " is still running; this answer covers the data stored so far.")
                    : new QueryService.Readiness(false, false, status.username() + " is being ingested right now ("
                            + status.commitCount() + " commits stored so far); ask again when it has finished"
                            + status.jobId().map(id -> " — progress is at GET /ingest/" + id).orElse("") + ".");
            case NOT_FOUND -> hasData ? new QueryService.Readiness(true, true, "")
                    : new QueryService.Readiness(false, false, "BitofGit has not ingested " + status.username()
                            + " yet. Start with " + startHint(status.username()) + ".");
            case FAILED -> hasData ? new QueryService.Readiness(true, false, "The last ingest of " + status.username()
                            + " failed (" + status.error().orElse("see its job") + "); this answer uses the data stored before.")
                    : new QueryService.Readiness(false, false, "The ingest of " + status.username() + " failed: "
                            + status.error().orElse("see its job") + ". Start it again with " + startHint(status.username()) + ".");
            default -> hasData ? new QueryService.Readiness(true, true, "")
                    : new QueryService.Readiness(false, false, status.username() + " has no repositories to ask about.");
        };
    }

    private String startHint(String username) {
        return commandLine
                ? "`bitofgit ingest " + username + " --token …` (a GitHub token is needed, even for public data)"
                : "POST /ingest {\"username\": \"" + username + "\", \"github_token\": \"…\"}";
    }
}
