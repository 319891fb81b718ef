package dev.bitofgit.github;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.logging.SecretMask;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * GitHub's REST API for the user, the repository listing and trees; its GraphQL API for content and commit history
 * (history pages carry additions, deletions and changed files, so there is never one REST request per commit).
 * Several repositories are asked for in one GraphQL query where that saves requests.
 */
public final class GitHubClient {
    public static final int PAGE_SIZE = 100;
    private static final Pattern NEXT_LINK = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

    private final URI apiUrl;
    private final URI graphqlUrl;
    private final GitHubHttp http;
    private final JsonMapper mapper = JsonMapper.builder().build();

    public GitHubClient(URI apiUrl, URI graphqlUrl, Optional<String> token, GitHubClientOptions options,
                        GitHubListener listener) {
        this.apiUrl = requireNonNull(apiUrl, "apiUrl == null");
        this.graphqlUrl = requireNonNull(graphqlUrl, "graphqlUrl == null");
        token.ifPresent(SecretMask::rememberSeen); // a kept token, GITHUB_TOKEN, a CLI --token: masked in logs too
        this.http = new GitHubHttp(requireNonNull(token, "token == null"), options, listener);
    }

    /** What a batched GraphQL content query asks for one repository. */
    public record ContentRequest(String owner, String name, List<String> filePaths, Optional<String> authorNodeId) {
        public ContentRequest {
            filePaths = List.copyOf(filePaths);
        }
    }

    /** A request for the next page of one repository's history. */
    public record HistoryRequest(String owner, String name, String cursor, Optional<String> authorNodeId) {
    }

    // ---------------------------------------------------------------- REST

    public Conditional<GitHubUser> user(String login, Optional<String> etag) {
        GitHubHttp.Response response = http.get(rest("/users/" + encode(login)), etag);
        if (response.status() == 404) {
            throw new GitHubException(404, "no GitHub user " + login);
        }
        return userResponse(response);
    }

    /** The token's owner (GET /user). A 401 means GitHub rejected the token. */
    public Conditional<GitHubUser> authenticatedUser(Optional<String> etag) {
        return userResponse(http.get(rest("/user"), etag));
    }

    private Conditional<GitHubUser> userResponse(GitHubHttp.Response response) {
        if (response.notModified()) {
            return Conditional.notModified();
        }
        JsonNode node = ok(response, "user");
        return Conditional.fresh(parseUser(node), response.etag());
    }

    /**
     * The repositories {@code login} owns, most recently pushed first. {@code asOwner} lists through GET /user/repos,
     * which includes private ones (the token must belong to {@code login}). Only the first page is asked
     * conditionally: a push or a new repository moves it, so its 304 is the cheap "nothing changed" signal.
     */
    public Conditional<List<GitHubRepo>> repositories(String login, boolean asOwner, Optional<String> firstPageEtag) {
        String first = asOwner
                ? "/user/repos?affiliation=owner&visibility=all&sort=pushed&direction=desc&per_page=" + PAGE_SIZE
                : "/users/" + encode(login) + "/repos?type=owner&sort=pushed&direction=desc&per_page=" + PAGE_SIZE;
        GitHubHttp.Response response = http.get(rest(first), firstPageEtag);
        if (response.notModified()) {
            return Conditional.notModified();
        }
        if (response.status() == 404) {
            throw new GitHubException(404, "no GitHub user " + login);
        }
        Optional<String> etag = response.etag();
        List<GitHubRepo> repos = new ArrayList<>();
        while (true) {
            JsonNode page = ok(response, "repository listing");
            for (JsonNode node : page) {
                repos.add(parseRepo(node));
            }
            Optional<URI> next = response.link().flatMap(GitHubClient::nextLink);
            if (next.isEmpty()) {
                break;
            }
            response = http.get(next.get(), Optional.empty());
        }
        return Conditional.fresh(repos, etag);
    }

    /** The recursive tree of {@code ref}; an empty repository has an empty tree. */
    public Conditional<GitHubTree> tree(String owner, String repo, String ref, Optional<String> etag) {
        GitHubHttp.Response response = http.get(
                rest("/repos/" + encode(owner) + "/" + encode(repo) + "/git/trees/" + encode(ref) + "?recursive=1"),
                etag);
        if (response.notModified()) {
            return Conditional.notModified();
        }
        if (response.status() == 409 || response.status() == 404) {
            // 409: "Git Repository is empty"; 404: the branch is gone. Either way there are no files.
            return Conditional.fresh(new GitHubTree("", List.of(), false), Optional.empty());
        }
        JsonNode node = ok(response, "tree of " + owner + "/" + repo);
        List<String> paths = new ArrayList<>();
        for (JsonNode entry : node.path("tree")) {
            if ("blob".equals(entry.path("type").asString(""))) {
                paths.add(entry.path("path").asString());
            }
        }
        return Conditional.fresh(new GitHubTree(node.path("sha").asString(""), paths,
                node.path("truncated").asBoolean(false)), response.etag());
    }

    // ---------------------------------------------------------------- GraphQL

    /**
     * One query for several repositories: head, languages, the named files' text and the first history page each.
     * The result lists one entry per request, in order; empty when the repository does not exist (any more).
     */
    public List<Optional<RepoContent>> contents(List<ContentRequest> requests) {
        return batched(requests, GitHubClient::selectContent, this::readContent);
    }

    /** The next history page of several repositories, in one query. Empty where the repository is gone. */
    public List<Optional<HistoryPage>> historyPages(List<HistoryRequest> requests) {
        return batched(requests, GitHubClient::selectHistory, (request, repo) -> {
            JsonNode history = repo.path("defaultBranchRef").path("target").path("history");
            return history.isMissingNode() || history.isNull() ? Optional.empty() : Optional.of(parsePage(history));
        });
    }

    /** What request {@code i} of a batched query asks of its repository, appended to the batch. */
    private interface Selection<R> {
        void append(Batch batch, int i, R request);
    }

    /** The variable declarations, selections and variable values of a batched query, built one request at a time. */
    private record Batch(StringBuilder declarations, StringBuilder selections, ObjectNode variables) {
        /**
         * Opens the aliased field {@code r<i>: repository(owner: $o<i>, name: $n<i>)}, declaring and binding its two
         * variables; the answers are read back by that alias.
         */
        StringBuilder repository(int i, String owner, String name) {
            declarations.append(" $o").append(i).append(": String! $n").append(i).append(": String!");
            variables.put("o" + i, owner);
            variables.put("n" + i, name);
            return selections.append("  r").append(i).append(": repository(owner: $o").append(i).append(", name: $n")
                    .append(i).append(")");
        }
    }

    /**
     * Runs one GraphQL query for several repositories, aliased r0, r1, … in request order, and reads each alias back
     * (a missing or null node where the repository does not exist any more).
     */
    private <R, T> List<T> batched(List<R> requests, Selection<R> select, BiFunction<R, JsonNode, T> read) {
        if (requests.isEmpty()) {
            return List.of();
        }
        Batch batch = new Batch(new StringBuilder(), new StringBuilder(), mapper.createObjectNode());
        for (int i = 0; i < requests.size(); i++) {
            select.append(batch, i, requests.get(i));
        }
        JsonNode data = graphql(query(batch.declarations(), batch.selections()), batch.variables());
        List<T> results = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            results.add(read.apply(requests.get(i), data.path("r" + i)));
        }
        return results;
    }

    private static void selectContent(Batch batch, int i, ContentRequest request) {
        batch.repository(i, request.owner(), request.name())
                .append(" {\n")
                .append("    defaultBranchRef { target { ... on Commit { oid history(first: ").append(PAGE_SIZE)
                .append(authorArgument(request.authorNodeId(), "a" + i, batch.declarations(), batch.variables()))
                .append(") { ...page } } } }\n")
                .append("    languages(first: 50, orderBy: {field: SIZE, direction: DESC}) { edges { size node { name } } }\n");
        for (int j = 0; j < request.filePaths().size(); j++) {
            String variable = "e" + i + "_" + j;
            batch.declarations().append(" $").append(variable).append(": String!");
            batch.variables().put(variable, "HEAD:" + request.filePaths().get(j));
            batch.selections().append("    f").append(j).append(": object(expression: $").append(variable)
                    .append(") { ... on Blob { text isTruncated } }\n");
        }
        batch.selections().append("  }\n");
    }

    private Optional<RepoContent> readContent(ContentRequest request, JsonNode repo) {
        if (repo.isMissingNode() || repo.isNull()) {
            return Optional.empty();
        }
        JsonNode target = repo.path("defaultBranchRef").path("target");
        Optional<String> head = target.hasNonNull("oid") ? Optional.of(target.get("oid").asString()) : Optional.empty();
        Map<String, Long> languages = new LinkedHashMap<>();
        for (JsonNode edge : repo.path("languages").path("edges")) {
            languages.put(edge.path("node").path("name").asString(), edge.path("size").asLong());
        }
        Map<String, String> files = new LinkedHashMap<>();
        List<String> paths = request.filePaths();
        for (int j = 0; j < paths.size(); j++) {
            JsonNode blob = repo.path("f" + j);
            if (blob.hasNonNull("text")) {
                files.put(paths.get(j), blob.get("text").asString());
            }
        }
        HistoryPage page = head.isPresent()
                ? parsePage(target.path("history"))
                : new HistoryPage(List.of(), false, Optional.empty(), 0);
        return Optional.of(new RepoContent(head, languages, files, page));
    }

    private static void selectHistory(Batch batch, int i, HistoryRequest request) {
        StringBuilder selection = batch.repository(i, request.owner(), request.name());
        batch.declarations().append(" $c").append(i).append(": String");
        batch.variables().put("c" + i, request.cursor());
        selection.append(" { defaultBranchRef { target { ... on Commit { history(first: ")
                .append(PAGE_SIZE).append(", after: $c").append(i)
                .append(authorArgument(request.authorNodeId(), "a" + i, batch.declarations(), batch.variables()))
                .append(") { ...page } } } } }\n");
    }

    private static String authorArgument(Optional<String> authorNodeId, String variable, StringBuilder declarations,
                                         ObjectNode variables) {
        if (authorNodeId.isEmpty()) {
            return "";
        }
        declarations.append(" $").append(variable).append(": ID!");
        variables.put(variable, authorNodeId.get());
        return ", author: {id: $" + variable + "}";
    }

    private static String query(StringBuilder declarations, StringBuilder selections) {
        return "query Ingest(" + declarations.toString().trim() + ") {\n" + selections
                + "  rateLimit { remaining resetAt }\n}\n"
                + "fragment page on CommitHistoryConnection {\n"
                + "  totalCount\n  pageInfo { hasNextPage endCursor }\n"
                + "  nodes { oid parents { totalCount } author { name email date user { login } } committedDate"
                + " message additions deletions changedFilesIfAvailable }\n}\n";
    }

    /** Runs a GraphQL query; NOT_FOUND of an aliased repository is an answer (null there), other errors throw. */
    JsonNode graphql(String query, ObjectNode variables) {
        ObjectNode body = mapper.createObjectNode();
        body.put("query", query);
        body.set("variables", variables);
        GitHubHttp.Response response = http.postJson(graphqlUrl, mapper.writeValueAsString(body));
        JsonNode root = ok(response, "GraphQL query");
        JsonNode errors = root.path("errors");
        if (errors.isArray() && !errors.isEmpty()) {
            List<String> serious = new ArrayList<>();
            for (JsonNode error : errors) {
                // NOT_FOUND for one aliased repository is an answer ("it is gone"), not a failure of the batch.
                if (!"NOT_FOUND".equals(error.path("type").asString(""))) {
                    serious.add(error.path("message").asString("unknown error"));
                }
            }
            if (!serious.isEmpty() || !root.hasNonNull("data")) {
                throw new GitHubException(502, "GitHub GraphQL error: " + String.join("; ", serious));
            }
        }
        return root.path("data");
    }

    private HistoryPage parsePage(JsonNode history) {
        List<GitHubCommit> commits = new ArrayList<>();
        for (JsonNode node : history.path("nodes")) {
            JsonNode author = node.path("author");
            OffsetDateTime committed = Timestamps.parse(node.path("committedDate").asString());
            OffsetDateTime authored = author.hasNonNull("date")
                    ? Timestamps.parse(author.get("date").asString()) : committed;
            JsonNode changed = node.path("changedFilesIfAvailable");
            commits.add(new GitHubCommit(
                    node.path("oid").asString(),
                    node.path("parents").path("totalCount").asInt(1),
                    text(author, "name"),
                    text(author, "email"),
                    author.path("user").hasNonNull("login")
                            ? Optional.of(author.path("user").get("login").asString()) : Optional.empty(),
                    authored,
                    committed,
                    node.path("message").asString(""),
                    node.path("additions").asInt(0),
                    node.path("deletions").asInt(0),
                    changed.isNumber() ? OptionalInt.of(changed.asInt()) : OptionalInt.empty()));
        }
        JsonNode pageInfo = history.path("pageInfo");
        return new HistoryPage(commits, pageInfo.path("hasNextPage").asBoolean(false),
                pageInfo.hasNonNull("endCursor") ? Optional.of(pageInfo.get("endCursor").asString()) : Optional.empty(),
                history.path("totalCount").asInt(commits.size()));
    }

    // ---------------------------------------------------------------- parsing

    private JsonNode ok(GitHubHttp.Response response, String what) {
        int status = response.status();
        if (status == 401) {
            throw new GitHubException(401, "GitHub rejected the token");
        }
        if (status < 200 || status >= 300) {
            throw new GitHubException(status, "GitHub answered " + status + " for the " + what + ": "
                    + message(response.body()));
        }
        try {
            return mapper.readTree(response.body());
        } catch (JacksonException e) {
            throw new GitHubException(502, "GitHub sent malformed JSON for the " + what);
        }
    }

    private String message(String body) {
        try {
            return mapper.readTree(body).path("message").asString(body.length() > 200 ? body.substring(0, 200) : body);
        } catch (JacksonException e) {
            return body.length() > 200 ? body.substring(0, 200) : body;
        }
    }

    private static GitHubUser parseUser(JsonNode node) {
        return new GitHubUser(node.path("id").asLong(), node.path("node_id").asString(""),
                node.path("login").asString(), text(node, "name"), text(node, "bio"), text(node, "email"),
                node.path("html_url").asString(""), text(node, "avatar_url"), instant(node, "created_at"));
    }

    private static GitHubRepo parseRepo(JsonNode node) {
        List<String> topics = new ArrayList<>();
        node.path("topics").forEach(topic -> topics.add(topic.asString()));
        return new GitHubRepo(
                node.path("id").asLong(),
                node.path("name").asString(),
                node.path("owner").path("login").asString(""),
                text(node, "description"),
                node.path("html_url").asString(""),
                node.path("private").asBoolean(false),
                node.path("fork").asBoolean(false),
                node.path("archived").asBoolean(false),
                node.path("default_branch").asString("main"),
                instant(node, "created_at").orElse(Instant.EPOCH),
                instant(node, "updated_at").orElse(Instant.EPOCH),
                instant(node, "pushed_at"),
                node.path("stargazers_count").asInt(0),
                node.path("forks_count").asInt(0),
                node.path("watchers_count").asInt(0),
                node.path("open_issues_count").asInt(0),
                node.path("size").asInt(0),
                topics,
                node.path("license").hasNonNull("spdx_id") ? Optional.of(node.path("license").get("spdx_id").asString())
                        : Optional.empty(),
                text(node, "language"));
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asString());
    }

    private static Optional<Instant> instant(JsonNode node, String field) {
        return text(node, field).map(Instant::parse);
    }

    private URI rest(String pathAndQuery) {
        return URI.create(apiUrl.toString().replaceAll("/+$", "") + pathAndQuery);
    }

    private static Optional<URI> nextLink(String header) {
        Matcher matcher = NEXT_LINK.matcher(header);
        return matcher.find() ? Optional.of(URI.create(matcher.group(1))) : Optional.empty();
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
