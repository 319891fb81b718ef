package dev.bitofgit.tools;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.store.ProfileQueries;
import dev.bitofgit.store.ProfileQueries.AccountListing;
import dev.bitofgit.store.ProfileQueries.RepoSummary;
import dev.bitofgit.tools.ToolCatalog.AccountStatuses;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** list_accounts: the accounts the store holds, with status and counts as the caller may see them. */
final class ListAccountsTool implements Tool {
    private final ProfileQueries queries;
    private final AccountStatuses statuses;

    ListAccountsTool(ProfileQueries queries, AccountStatuses statuses) {
        this.queries = requireNonNull(queries, "queries == null");
        this.statuses = requireNonNull(statuses, "statuses == null");
    }

    @Override
    public ToolDefinition definition() {
        return new ToolDefinition("list_accounts", "List accounts",
                "The GitHub accounts this BitofGit store holds, with their ingest status and how many repositories "
                        + "and commits you can see of each. Call it first when you do not know the username to pass to "
                        + "the other tools.",
                JsonSchemas.object().build(),
                JsonSchemas.object().out("accounts", "array", "accounts by login: username, name, source (github or "
                                + "demo), status, repos, commits, last_ingested_at, private_included")
                        .buildOutput(),
                this::call, JsonSchemas.noArguments());
    }

    private JsonNode call(ToolArguments args, ToolContext context) {
        ObjectNode result = JsonSchemas.MAPPER.createObjectNode();
        ArrayNode accounts = result.putArray("accounts");
        for (AccountListing account : queries.accounts()) {
            // Counts and status follow the caller's view: private repositories count only for a session
            // of their account (or a local process), so a listing never reveals that they exist.
            boolean privateVisible = context.mayReadPrivate(account.login());
            List<RepoSummary> repos = queries.repositories(account.id(), privateVisible);
            ObjectNode entry = accounts.addObject();
            entry.put("username", account.login());
            account.name().ifPresent(name -> entry.put("name", name));
            entry.put("source", account.source());
            entry.put("status", statuses.status(account.login(), privateVisible));
            entry.put("repos", repos.size());
            entry.put("commits", repos.stream().mapToLong(RepoSummary::commits).sum());
            account.ingestedAt().ifPresent(at -> entry.put("last_ingested_at", at.toString()));
            entry.put("private_included", privateVisible);
        }
        return result;
    }
}
