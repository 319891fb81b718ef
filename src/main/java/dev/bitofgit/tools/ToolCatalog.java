package dev.bitofgit.tools;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.meaning.MeaningSearch;
import dev.bitofgit.store.ProfileQueries;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The tool catalog: read-only tools over the store, each one class ({@link Tool}) listed here once, served to MCP
 * clients, the answerers and REST. Outputs are compact by design — lists are paginated, long text is cut with a
 * marker, a README is only returned whole when asked — because tool output floods an LLM's context first.
 */
public final class ToolCatalog {
    private final List<ToolDefinition> tools;
    private final Observer observer;

    /** Sees every tool call's duration and outcome (metrics). */
    @FunctionalInterface
    public interface Observer {
        void called(String tool, long nanos, boolean error);

        Observer NONE = (tool, nanos, error) -> { };
    }

    /**
     * An account's ingest status as the caller may see it (pending, running, completed, completed_with_errors, failed):
     * the ingest layer knows running jobs, the store only finished ones. Implemented where both are known.
     */
    @FunctionalInterface
    public interface AccountStatuses {
        String status(String login, boolean includePrivate);

        /** From the store alone: an account with a finished ingest is completed, one without is still pending. */
        static AccountStatuses fromStore(ProfileQueries queries) {
            return (login, includePrivate) -> queries.account(login)
                    .map(account -> account.ingestedAt().isPresent() ? "completed" : "pending").orElse("not_found");
        }
    }

    public ToolCatalog(ProfileQueries queries, MeaningSearch meaning) {
        this(queries, meaning, Observer.NONE);
    }

    public ToolCatalog(ProfileQueries queries, MeaningSearch meaning, Observer observer) {
        this(queries, meaning, observer, AccountStatuses.fromStore(queries));
    }

    public ToolCatalog(ProfileQueries queries, MeaningSearch meaning, Observer observer, AccountStatuses statuses) {
        requireNonNull(queries, "queries == null");
        requireNonNull(meaning, "meaning == null");
        this.observer = requireNonNull(observer, "observer == null");
        requireNonNull(statuses, "statuses == null");
        // The order is the order clients list them in: the account first, then repositories, commits and work.
        List<Tool> all = List.of(
                new AccountSummaryTool(queries),
                new ListReposTool(queries),
                new RepoOverviewTool(queries),
                new CommitTimelineTool(queries),
                new SearchCommitsTool(queries, meaning),
                new ActivitySummaryTool(queries),
                new LanguageBreakdownTool(queries),
                new ReposBySignalsTool(queries),
                new AggregateMetricsTool(queries),
                new RankReposByActivityTool(queries),
                new RankReposTool(queries),
                new SearchReadmesTool(queries, meaning),
                new CommitStatsTool(queries),
                new CollaboratorsTool(queries),
                new ListAccountsTool(queries, statuses),
                new ListPullRequestsTool(queries),
                new PullRequestStatsTool(queries),
                new ReviewStatsTool(queries),
                new ListIssuesTool(queries),
                new IssueStatsTool(queries));
        this.tools = all.stream().map(Tool::definition).toList();
    }

    /** The tools in their fixed order. */
    public List<ToolDefinition> tools() {
        return tools;
    }

    public Optional<ToolDefinition> find(String name) {
        return tools.stream().filter(tool -> tool.name().equals(name)).findFirst();
    }

    /** Runs a tool; bad input and unknown accounts come back as {@link ToolException}. */
    public JsonNode call(String name, JsonNode arguments, ToolContext context) {
        ToolDefinition tool = find(name).orElseThrow(() -> new ToolException("unknown tool '" + name
                + "'; available: " + String.join(", ", tools.stream().map(ToolDefinition::name).toList())));
        long started = System.nanoTime();
        boolean error = true;
        try {
            JsonNode result = tool.handler().call(new ToolArguments(name, arguments, tool.inputSchema()), context);
            error = false;
            return result;
        } finally {
            observer.called(name, System.nanoTime() - started, error);
        }
    }
}
