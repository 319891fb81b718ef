package dev.bitofgit.github;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pull requests (with their reviews, nested), issues, and the account's pull requests in other people's repositories,
 * through GraphQL pages of 100 — several repositories per query — newest update first, so an incremental sync stops
 * at the first item it already has. A probe asks up to {@value #PROBE_BATCH} repositories at once for their latest
 * update and total: an unchanged account costs one request here. The search API (30 requests a minute) is not used.
 */
public final class GitHubWork {
    public static final int PAGE_SIZE = GitHubClient.PAGE_SIZE;
    public static final int PROBE_BATCH = 100;
    /** Reviews per pull request in one page; a pull request with more keeps its first hundred. */
    static final int REVIEWS = 100;
    private static final String NEWEST_UPDATE = "orderBy: {field: UPDATED_AT, direction: DESC}";
    private static final String PULL_REQUEST_FRAGMENT = """
            fragment pr on PullRequest {
              number title body state isDraft author { login } labels(first: 20) { nodes { name } }
              baseRefName headRefName additions deletions changedFiles comments { totalCount }
              createdAt updatedAt closedAt mergedAt
              repository { name isPrivate owner { login } }
              reviews(first: %d) { nodes { id state author { login } submittedAt } }
              closingIssuesReferences(first: 10) { nodes { number repository { name owner { login } } } }
            }
            """.formatted(REVIEWS);
    private static final String ISSUE_FRAGMENT = """
            fragment issue on Issue {
              number title body state stateReason author { login } labels(first: 20) { nodes { name } }
              comments { totalCount } createdAt updatedAt closedAt
            }
            """;

    private final GitHubClient client;
    private final JsonMapper mapper = JsonMapper.builder().build();

    public GitHubWork(GitHubClient client) {
        this.client = requireNonNull(client, "client == null");
    }

    /** Which connection of a repository. */
    public enum Kind { PULLS, ISSUES }

    public record RepoRef(String owner, String name) {
        public RepoRef {
            requireNonNull(owner, "owner == null");
            requireNonNull(name, "name == null");
        }
    }

    /** A connection's size and its newest update, as the probe sees it. */
    public record Latest(int totalCount, Optional<Instant> updatedAt) {
    }

    /** One repository's probe: its pull requests' and issues' latest update. */
    public record RepoProbe(Latest pulls, Latest issues) {
    }

    /** The next page of one repository's pull requests or issues ({@code cursor} empty: the first page). */
    public record PageRequest(RepoRef repo, Kind kind, Optional<String> cursor) {
        public PageRequest {
            requireNonNull(repo, "repo == null");
            requireNonNull(kind, "kind == null");
            requireNonNull(cursor, "cursor == null");
        }
    }

    public record Review(String id, Optional<String> authorLogin, String state, Optional<Instant> submittedAt) {
    }

    public record PullRequest(String repoOwner, String repoName, boolean repoPrivate, int number, String title,
                              String body, String state, boolean draft, Optional<String> authorLogin,
                              List<String> labels, Optional<String> baseRef, Optional<String> headRef, int additions,
                              int deletions, int changedFiles, int comments, Instant createdAt, Instant updatedAt,
                              Optional<Instant> closedAt, Optional<Instant> mergedAt, List<Review> reviews,
                              List<Integer> closesIssues) {
    }

    public record Issue(int number, String title, String body, String state, Optional<String> stateReason,
                        Optional<String> authorLogin, List<String> labels, int comments, Instant createdAt,
                        Instant updatedAt, Optional<Instant> closedAt) {
    }

    /** A page: pull requests or issues (the other list is empty). */
    public record Page(List<PullRequest> pullRequests, List<Issue> issues, boolean hasNext,
                       Optional<String> endCursor, int totalCount) {
        public Page {
            pullRequests = List.copyOf(pullRequests);
            issues = List.copyOf(issues);
        }

        /** The newest update on this page (pages are ordered newest update first). */
        public Optional<Instant> newestUpdate() {
            return pullRequests.isEmpty()
                    ? issues.stream().map(Issue::updatedAt).max(Instant::compareTo)
                    : pullRequests.stream().map(PullRequest::updatedAt).max(Instant::compareTo);
        }

        /** The oldest update on this page: when it is older than what is stored, older pages are stored too. */
        public Optional<Instant> oldestUpdate() {
            return pullRequests.isEmpty()
                    ? issues.stream().map(Issue::updatedAt).min(Instant::compareTo)
                    : pullRequests.stream().map(PullRequest::updatedAt).min(Instant::compareTo);
        }
    }

    /**
     * Each repository's pull request and issue totals and latest update (empty where the repository is gone), and,
     * when {@code authoredBy} is present, that user's own pull requests anywhere — in one query of up to
     * {@value #PROBE_BATCH} repositories.
     */
    public record Probe(List<Optional<RepoProbe>> repos, Optional<Latest> authored) {
    }

    public Probe probe(List<RepoRef> repos, Optional<String> authoredBy) {
        if (repos.size() > PROBE_BATCH) {
            throw new IllegalArgumentException("at most " + PROBE_BATCH + " repositories per probe, got " + repos.size());
        }
        StringBuilder declarations = new StringBuilder();
        StringBuilder selections = new StringBuilder();
        ObjectNode variables = mapper.createObjectNode();
        String latest = "(first: 1, " + NEWEST_UPDATE + ") { totalCount nodes { updatedAt } }";
        for (int i = 0; i < repos.size(); i++) {
            declareRepo(i, repos.get(i), declarations, variables);
            selections.append("  r").append(i).append(": repository(owner: $o").append(i).append(", name: $n").append(i)
                    .append(") { pullRequests").append(latest).append(" issues").append(latest).append(" }\n");
        }
        if (authoredBy.isPresent()) {
            declarations.append(" $login: String!");
            variables.put("login", authoredBy.get());
            selections.append("  u: user(login: $login) { pullRequests").append(latest).append(" }\n");
        }
        if (selections.isEmpty()) {
            return new Probe(List.of(), Optional.empty());
        }
        JsonNode data = client.graphql("query Probe(" + declarations.toString().trim() + ") {\n" + selections
                + "  rateLimit { remaining resetAt }\n}\n", variables);
        List<Optional<RepoProbe>> probes = new ArrayList<>();
        for (int i = 0; i < repos.size(); i++) {
            JsonNode repo = data.path("r" + i);
            probes.add(repo.isMissingNode() || repo.isNull() ? Optional.empty()
                    : Optional.of(new RepoProbe(latest(repo.path("pullRequests")), latest(repo.path("issues")))));
        }
        JsonNode user = data.path("u").path("pullRequests");
        return new Probe(probes, user.isMissingNode() || user.isNull() ? Optional.empty() : Optional.of(latest(user)));
    }

    /** The next page of each request, in one query; empty where the repository is gone. */
    public List<Optional<Page>> pages(List<PageRequest> requests) {
        if (requests.isEmpty()) {
            return List.of();
        }
        StringBuilder declarations = new StringBuilder();
        StringBuilder selections = new StringBuilder();
        ObjectNode variables = mapper.createObjectNode();
        boolean pulls = false;
        boolean issues = false;
        for (int i = 0; i < requests.size(); i++) {
            PageRequest request = requests.get(i);
            declareRepo(i, request.repo(), declarations, variables);
            declarations.append(" $c").append(i).append(": String");
            variables.put("c" + i, request.cursor().orElse(null));
            boolean isPulls = request.kind() == Kind.PULLS;
            pulls |= isPulls;
            issues |= !isPulls;
            selections.append("  r").append(i).append(": repository(owner: $o").append(i).append(", name: $n").append(i)
                    .append(") { ").append(isPulls ? "pullRequests" : "issues").append("(first: ").append(PAGE_SIZE)
                    .append(", after: $c").append(i).append(", ").append(NEWEST_UPDATE)
                    .append(") { totalCount pageInfo { hasNextPage endCursor } nodes { ...")
                    .append(isPulls ? "pr" : "issue").append(" } } }\n");
        }
        JsonNode data = client.graphql("query WorkPages(" + declarations.toString().trim() + ") {\n" + selections
                + "  rateLimit { remaining resetAt }\n}\n" + (pulls ? PULL_REQUEST_FRAGMENT : "")
                + (issues ? ISSUE_FRAGMENT : ""), variables);
        List<Optional<Page>> pages = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            JsonNode repo = data.path("r" + i);
            if (repo.isMissingNode() || repo.isNull()) {
                pages.add(Optional.empty());
                continue;
            }
            boolean isPulls = requests.get(i).kind() == Kind.PULLS;
            pages.add(Optional.of(page(repo.path(isPulls ? "pullRequests" : "issues"), isPulls)));
        }
        return pages;
    }

    /** The next page of the pull requests {@code login} authored anywhere, newest update first. */
    public Page authoredPullRequests(String login, Optional<String> cursor) {
        ObjectNode variables = mapper.createObjectNode();
        variables.put("login", login);
        variables.put("c", cursor.orElse(null));
        JsonNode data = client.graphql("query Authored($login: String! $c: String) {\n"
                + "  user(login: $login) { pullRequests(first: " + PAGE_SIZE + ", after: $c, " + NEWEST_UPDATE
                + ") { totalCount pageInfo { hasNextPage endCursor } nodes { ...pr } } }\n"
                + "  rateLimit { remaining resetAt }\n}\n" + PULL_REQUEST_FRAGMENT, variables);
        JsonNode connection = data.path("user").path("pullRequests");
        if (connection.isMissingNode() || connection.isNull()) {
            throw new GitHubException(404, "no GitHub user " + login);
        }
        return page(connection, true);
    }

    private static void declareRepo(int i, RepoRef repo, StringBuilder declarations, ObjectNode variables) {
        declarations.append(" $o").append(i).append(": String! $n").append(i).append(": String!");
        variables.put("o" + i, repo.owner());
        variables.put("n" + i, repo.name());
    }

    private static Latest latest(JsonNode connection) {
        JsonNode first = connection.path("nodes").path(0);
        return new Latest(connection.path("totalCount").asInt(0), instant(first, "updatedAt"));
    }

    private static Page page(JsonNode connection, boolean pulls) {
        List<PullRequest> pullRequests = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        for (JsonNode node : connection.path("nodes")) {
            if (node.isNull()) {
                continue;
            }
            if (pulls) {
                pullRequests.add(pullRequest(node));
            } else {
                issues.add(issue(node));
            }
        }
        JsonNode pageInfo = connection.path("pageInfo");
        return new Page(pullRequests, issues, pageInfo.path("hasNextPage").asBoolean(false),
                text(pageInfo, "endCursor"), connection.path("totalCount").asInt(0));
    }

    private static PullRequest pullRequest(JsonNode node) {
        JsonNode repository = node.path("repository");
        String owner = repository.path("owner").path("login").asString("");
        String name = repository.path("name").asString("");
        List<Review> reviews = new ArrayList<>();
        for (JsonNode review : node.path("reviews").path("nodes")) {
            reviews.add(new Review(review.path("id").asString(""), text(review.path("author"), "login"),
                    review.path("state").asString("COMMENTED"), instant(review, "submittedAt")));
        }
        List<Integer> closes = new ArrayList<>();
        for (JsonNode issue : node.path("closingIssuesReferences").path("nodes")) {
            JsonNode issueRepo = issue.path("repository");
            // Only issues of the same repository: those are the ones this account's store holds.
            if (issueRepo.path("name").asString("").equalsIgnoreCase(name)
                    && issueRepo.path("owner").path("login").asString("").equalsIgnoreCase(owner)) {
                closes.add(issue.path("number").asInt());
            }
        }
        return new PullRequest(owner, name, repository.path("isPrivate").asBoolean(false), node.path("number").asInt(),
                node.path("title").asString(""), node.path("body").asString(""), node.path("state").asString("OPEN"),
                node.path("isDraft").asBoolean(false), text(node.path("author"), "login"), labels(node),
                text(node, "baseRefName"), text(node, "headRefName"), node.path("additions").asInt(0),
                node.path("deletions").asInt(0), node.path("changedFiles").asInt(0),
                node.path("comments").path("totalCount").asInt(0), instant(node, "createdAt").orElse(Instant.EPOCH),
                instant(node, "updatedAt").orElse(Instant.EPOCH), instant(node, "closedAt"),
                instant(node, "mergedAt"), reviews, closes);
    }

    private static Issue issue(JsonNode node) {
        return new Issue(node.path("number").asInt(), node.path("title").asString(""), node.path("body").asString(""),
                node.path("state").asString("OPEN"), text(node, "stateReason"), text(node.path("author"), "login"),
                labels(node), node.path("comments").path("totalCount").asInt(0),
                instant(node, "createdAt").orElse(Instant.EPOCH), instant(node, "updatedAt").orElse(Instant.EPOCH),
                instant(node, "closedAt"));
    }

    private static List<String> labels(JsonNode node) {
        List<String> labels = new ArrayList<>();
        node.path("labels").path("nodes").forEach(label -> labels.add(label.path("name").asString("")));
        return labels;
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asString());
    }

    private static Optional<Instant> instant(JsonNode node, String field) {
        return text(node, field).map(value -> Timestamps.parse(value).toInstant());
    }
}
