package dev.bitofgit.tools;

import dev.bitofgit.store.ProfileQueries;
import dev.bitofgit.store.ProfileQueries.AccountRef;
import dev.bitofgit.store.ProfileQueries.RepoSummary;
import dev.bitofgit.store.ProfileQueries.SignalRow;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * The account a tool call is about and what the caller may see of it (private repositories only for their own
 * session or a local process); every per-account tool starts here, and every result starts with {@link #result()}.
 */
record Scope(ProfileQueries queries, AccountRef account, boolean privateVisible, StoreReads reads) {

    /** The account the {@code username} argument names, or the error that tells the caller to ingest it first. */
    static Scope of(ProfileQueries queries, ToolArguments args, ToolContext context) {
        String username = args.string("username");
        AccountRef account = context.reads().read("account " + username.toLowerCase(Locale.ROOT),
                () -> queries.account(username)).orElseThrow(() -> new ToolException("account '" + username
                + "' has not been ingested; ingest it first (POST /ingest or `bitofgit ingest " + username + "`)"));
        return new Scope(queries, account, context.mayReadPrivate(account.login()), context.reads());
    }

    long accountId() {
        return account.id();
    }

    /** A result object that starts with the login and whether the data is complete. */
    ObjectNode result() {
        ObjectNode result = JsonSchemas.MAPPER.createObjectNode();
        result.put("username", account.login());
        result.put("data_status", account.ingestedAt().isPresent() ? "complete" : "partial: an ingest is still running");
        return result;
    }

    /** The repositories the caller may see. */
    List<RepoSummary> repositories() {
        return reads.read(key("repositories"), () -> List.copyOf(queries.repositories(account.id(), privateVisible)));
    }

    /** The engineering signals of the repositories the caller may see, by repository id. */
    Map<Long, SignalRow> signals() {
        return reads.read(key("signals"), () -> Collections.unmodifiableMap(queries.signals(account.id(), privateVisible)));
    }

    /** Bytes per language of the repositories the caller may see, by repository id. */
    Map<Long, Map<String, Long>> languages() {
        return reads.read(key("languages"), () -> Collections.unmodifiableMap(queries.languages(account.id(),
                privateVisible)));
    }

    /** The technologies of the repositories the caller may see, by repository id. */
    Map<Long, List<String>> technologies() {
        return reads.read(key("technologies"), () -> Collections.unmodifiableMap(queries.technologies(account.id(),
                privateVisible)));
    }

    private String key(String what) {
        return what + " " + account.id() + " " + privateVisible;
    }

    /** A visible repository by name (case-insensitive), or an error naming the closest ones. */
    RepoSummary repo(String name) {
        List<RepoSummary> repos = repositories();
        return repos.stream().filter(r -> r.name().equalsIgnoreCase(name)).findFirst().orElseThrow(() ->
                noSuchRepo(name, repos.stream().map(RepoSummary::name).toList()));
    }

    /**
     * The {@code repo} argument of a pull request or issue tool as the store keys it (lower case): one of the
     * account's visible repositories, or someone else's as owner/name.
     */
    Optional<String> repoKey(ToolArguments args) {
        Optional<String> name = args.optionalString("repo");
        if (name.isEmpty()) {
            return Optional.empty();
        }
        if (name.get().contains("/")) {
            return Optional.of(name.get().toLowerCase(Locale.ROOT)); // someone else's repository
        }
        List<String> names = repositories().stream().map(RepoSummary::name).toList();
        return Optional.of(names.stream().filter(n -> n.equalsIgnoreCase(name.get())).findFirst()
                .orElseThrow(() -> noSuchRepo(name.get(), names))
                .toLowerCase(Locale.ROOT));
    }

    /** The error for a repository name the caller may not see or that does not exist, naming the closest ones. */
    private ToolException noSuchRepo(String name, List<String> names) {
        return new ToolException("no repository '" + name + "' for " + account.login() + "; closest: "
                + String.join(", ", Names.closest(name, names, 3)));
    }
}
