package dev.bitofgit.store;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Moves one account between stores (SQLite → PostgreSQL included) as JSON Lines: a header line with the account,
 * then one line per repository with everything stored about it — its commits, pull requests (with reviews) and
 * issues — and a last line with the pull requests the account authored in other people's repositories. Streaming per repository keeps
 * memory flat on large accounts; importing is idempotent (natural keys) and rebuilds the roll-ups.
 */
public final class AccountArchive {
    public static final String FORMAT = "bitofgit-export";
    /**
     * 3: pull requests (with reviews) and issues per repository, and a last line with the pull requests the account
     * authored elsewhere. 2: timestamps as ISO-8601 text (1 wrote epoch seconds). All three are read.
     */
    public static final int VERSION = 3;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What an export or import moved. */
    public record Summary(String login, int repositories, long commits) {
    }

    private final Database database;
    private final AccountStore accounts;
    private final RepositoryStore repositories;
    private final CommitStore commits;
    private final ProfileQueries queries;
    private final WorkStore work;

    public AccountArchive(Database database) {
        this.database = requireNonNull(database, "database == null");
        this.accounts = new AccountStore(database);
        this.repositories = new RepositoryStore(database);
        this.commits = new CommitStore(database);
        this.queries = new ProfileQueries(database);
        this.work = new WorkStore(database);
    }

    public Summary export(String login, OutputStream out) throws IOException {
        return export(login, true, out);
    }

    /** @param includePrivate false: private repositories and their commits are left out */
    public Summary export(String login, boolean includePrivate, OutputStream out) throws IOException {
        Account account = accounts.findByLogin(login)
                .orElseThrow(() -> new StoreException("account '" + login + "' is not in this store"));
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        ObjectNode header = JSON.createObjectNode().put("format", FORMAT).put("version", VERSION);
        ObjectNode a = header.putObject("account");
        a.put("id", account.id()).put("node_id", account.nodeId().orElse(null)).put("login", account.login())
                .put("name", account.name().orElse(null)).put("bio", account.bio().orElse(null))
                .put("html_url", account.htmlUrl()).put("avatar_url", account.avatarUrl().orElse(null))
                .put("created_at", account.createdAt().map(Instant::toString).orElse(null))
                .put("source", account.source())
                .put("ingested_at", accounts.ingestedAt(account.id()).map(Instant::toString).orElse(null));
        ArrayNode emails = a.putArray("emails");
        account.emails().forEach(emails::add);
        // The owner's declared identities travel with the account (an additive field: older readers ignore it), so a
        // re-sync in the new store keeps the commits they made the owner's.
        ArrayNode identities = a.putArray("identities");
        new IdentityStore(database).list(account.id()).forEach(identity -> identities.addObject()
                .put("kind", identity.kind().id()).put("value", identity.value())
                .put("added_at", identity.addedAt().toString()));
        writeLine(writer, header);
        Map<Long, Map<String, Long>> languages = queries.languages(account.id(), true);
        Map<Long, ProfileQueries.SignalRow> signals = queries.signals(account.id(), true);
        Map<Long, List<String>> technologies = new LinkedHashMap<>();
        List<Map.Entry<Long, Technology>> techRows = database.withHandle(handle -> handle.createQuery("""
                        SELECT t.repo_id, t.technology, t.kind FROM repo_technologies t
                        JOIN repositories r ON r.id = t.repo_id WHERE r.account_id = :id ORDER BY t.repo_id, t.technology
                        """).bind("id", account.id())
                .map((rs, ctx) -> Map.entry(rs.getLong("repo_id"), new Technology(rs.getString("technology"), rs.getString("kind"))))
                .list());
        int repoCount = 0;
        long commitCount = 0;
        for (Repository repo : repositories.listByAccount(account.id())) {
            if (!includePrivate && repo.isPrivate()) {
                continue;
            }
            ObjectNode line = JSON.createObjectNode();
            ObjectNode r = line.putObject("repository");
            r.put("id", repo.id()).put("name", repo.name()).put("description", repo.description().orElse(null))
                    .put("html_url", repo.htmlUrl()).put("private", repo.isPrivate()).put("fork", repo.fork())
                    .put("archived", repo.archived()).put("default_branch", repo.defaultBranch())
                    .put("created_at", repo.createdAt().toString()).put("updated_at", repo.updatedAt().toString())
                    .put("pushed_at", repo.pushedAt().map(Instant::toString).orElse(null)).put("stars", repo.stars())
                    .put("forks", repo.forks()).put("watchers", repo.watchers()).put("open_issues", repo.openIssues())
                    .put("size_kb", repo.sizeKb()).put("license", repo.licenseSpdx().orElse(null))
                    .put("language", repo.primaryLanguage().orElse(null)).put("head_sha", repo.headSha().orElse(null))
                    .put("tree_truncated", repo.treeTruncated());
            ArrayNode topics = r.putArray("topics");
            repo.topics().forEach(topics::add);
            ObjectNode languageNode = line.putObject("languages");
            languages.getOrDefault(repo.id(), Map.of()).forEach(languageNode::put);
            ArrayNode files = line.putArray("files");
            repositories.filePaths(repo.id()).forEach(files::add);
            queries.readme(repo.id()).ifPresent(readme -> line.putObject("readme").put("path", readme.path())
                    .put("content", readme.content()).put("truncated", readme.truncated()));
            ProfileQueries.SignalRow s = signals.get(repo.id());
            if (s != null) {
                ObjectNode signalNode = line.putObject("signals");
                ArrayNode ci = signalNode.putArray("ci_systems");
                s.ciSystems().forEach(ci::add);
                ArrayNode frameworks = signalNode.putArray("test_frameworks");
                s.testFrameworks().forEach(frameworks::add);
                signalNode.put("has_tests", s.hasTests()).put("has_lint", s.hasLint()).put("has_precommit", s.hasPrecommit())
                        .put("has_dockerfile", s.hasDockerfile()).put("has_compose", s.hasCompose())
                        .put("has_makefile", s.hasMakefile()).put("has_license", s.hasLicense())
                        .put("has_code_of_conduct", s.hasCodeOfConduct()).put("has_contributing", s.hasContributing())
                        .put("has_security_policy", s.hasSecurityPolicy()).put("has_issue_templates", s.hasIssueTemplates())
                        .put("has_pr_template", s.hasPrTemplate()).put("has_changelog", s.hasChangelog())
                        .put("has_docs", s.hasDocs()).put("automation_score", s.automationScore())
                        .put("coding_standards_score", s.codingStandardsScore())
                        .put("organization_score", s.organizationScore());
            }
            ArrayNode techs = line.putArray("technologies");
            techRows.stream().filter(e -> e.getKey() == repo.id())
                    .forEach(e -> techs.addObject().put("name", e.getValue().name()).put("kind", e.getValue().kind()));
            ArrayNode commitNodes = line.putArray("commits");
            for (Commit c : commits.listByRepo(repo.id())) {
                commitNodes.addObject().put("sha", c.sha()).put("parents", c.parentCount())
                        .put("author_name", c.authorName().orElse(null)).put("author_email", c.authorEmail().orElse(null))
                        .put("author_login", c.authorLogin().orElse(null)).put("authored_at", c.authoredAt().atOffset(ZoneOffset.ofTotalSeconds(c.authorUtcOffsetMinutes() * 60)).toString())
                        .put("offset", c.authorUtcOffsetMinutes()).put("committed_at", c.committedAt().toString())
                        .put("message", c.message()).put("additions", c.additions()).put("deletions", c.deletions())
                        .put("changed_files", c.changedFiles().isPresent() ? c.changedFiles().getAsInt() : null)
                        .put("own", c.own());
                commitCount++;
            }
            ArrayNode pulls = line.putArray("pull_requests");
            work.pullRequests(account.id(), repo.name().toLowerCase(Locale.ROOT))
                    .forEach(pr -> pullRequestNode(pulls.addObject(), pr));
            ArrayNode issueNodes = line.putArray("issues");
            work.issues(account.id(), repo.name().toLowerCase(Locale.ROOT))
                    .forEach(issue -> issueNode(issueNodes.addObject(), issue));
            writeLine(writer, line);
            repoCount++;
        }
        ObjectNode elsewhere = JSON.createObjectNode();
        ArrayNode external = elsewhere.putObject("elsewhere").putArray("pull_requests");
        for (String key : work.externalRepoKeys(account.id())) {
            work.pullRequests(account.id(), key).stream().filter(pr -> includePrivate || !pr.externalPrivate())
                    .forEach(pr -> pullRequestNode(external.addObject().put("repo", pr.repoName())
                            .put("private", pr.externalPrivate()), pr));
        }
        writeLine(writer, elsewhere);
        writer.flush();
        return new Summary(account.login(), repoCount, commitCount);
    }

    public Summary importFrom(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String first = reader.readLine();
        if (first == null) {
            throw new StoreException("the file is empty; expected a BitofGit export");
        }
        JsonNode header = parse(first, 1);
        int version = header.path("version").asInt(0);
        if (!FORMAT.equals(header.path("format").asString("")) || version < 1 || version > VERSION) {
            throw new StoreException("not a BitofGit export this version reads (format " + FORMAT + " version 1 to "
                    + VERSION + ")");
        }
        JsonNode a = header.get("account");
        long accountId = a.get("id").asLong();
        List<String> emails = new ArrayList<>();
        a.path("emails").forEach(e -> emails.add(e.asString()));
        accounts.upsert(new Account(accountId, text(a, "node_id"), a.get("login").asString(), text(a, "name"),
                text(a, "bio"), a.path("html_url").asString(""), text(a, "avatar_url"), emails,
                epoch(a, "created_at"), a.path("source").asString("github")));
        int repoCount = 0;
        long commitCount = 0;
        String line;
        int number = 1;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = parse(line, number);
            if (node.has("elsewhere")) {
                List<PullRequest> external = new ArrayList<>();
                for (JsonNode pr : node.get("elsewhere").path("pull_requests")) {
                    external.add(pullRequest(pr, pr.path("repo").asString(""), Optional.empty(),
                            pr.path("private").asBoolean(false)));
                }
                work.savePullRequests(accountId, external);
                continue;
            }
            JsonNode r = node.get("repository");
            long repoId = r.get("id").asLong();
            List<String> topics = new ArrayList<>();
            r.path("topics").forEach(t -> topics.add(t.asString()));
            Repository repository = new Repository(repoId, accountId, r.get("name").asString(), text(r, "description"),
                    r.path("html_url").asString(""), r.path("private").asBoolean(), r.path("fork").asBoolean(),
                    r.path("archived").asBoolean(), r.path("default_branch").asString("main"),
                    epoch(r, "created_at").orElse(Instant.EPOCH), epoch(r, "updated_at").orElse(Instant.EPOCH),
                    epoch(r, "pushed_at"), r.path("stars").asInt(), r.path("forks").asInt(), r.path("watchers").asInt(),
                    r.path("open_issues").asInt(), r.path("size_kb").asInt(), topics, text(r, "license"),
                    text(r, "language"), text(r, "head_sha"), r.path("tree_truncated").asBoolean());
            Map<String, Long> languages = new LinkedHashMap<>();
            node.path("languages").properties().forEach(e -> languages.put(e.getKey(), e.getValue().asLong()));
            List<String> files = new ArrayList<>();
            node.path("files").forEach(f -> files.add(f.asString()));
            Optional<Readme> readme = node.has("readme")
                    ? Optional.of(new Readme(node.get("readme").get("path").asString(), node.get("readme").get("content").asString(),
                    node.get("readme").path("truncated").asBoolean()))
                    : Optional.empty();
            JsonNode s = node.path("signals");
            RepoSignals signals = new RepoSignals(strings(s.path("ci_systems")), s.path("has_tests").asBoolean(),
                    strings(s.path("test_frameworks")), s.path("has_lint").asBoolean(), s.path("has_precommit").asBoolean(),
                    s.path("has_dockerfile").asBoolean(), s.path("has_compose").asBoolean(), s.path("has_makefile").asBoolean(),
                    s.path("has_license").asBoolean(), s.path("has_code_of_conduct").asBoolean(),
                    s.path("has_contributing").asBoolean(), s.path("has_security_policy").asBoolean(),
                    s.path("has_issue_templates").asBoolean(), s.path("has_pr_template").asBoolean(),
                    s.path("has_changelog").asBoolean(), s.path("has_docs").asBoolean(), s.path("automation_score").asInt(),
                    s.path("coding_standards_score").asInt(), s.path("organization_score").asInt());
            List<Technology> technologies = new ArrayList<>();
            node.path("technologies").forEach(t -> technologies.add(new Technology(t.get("name").asString(), t.get("kind").asString())));
            repositories.save(new RepositorySnapshot(repository, languages, files, readme, signals, technologies));
            List<Commit> rows = new ArrayList<>();
            for (JsonNode c : node.path("commits")) {
                rows.add(new Commit(repoId, c.get("sha").asString(), c.path("parents").asInt(1), text(c, "author_name"),
                        text(c, "author_email"), text(c, "author_login"), epoch(c, "authored_at").orElseThrow(),
                        c.path("offset").asInt(), epoch(c, "committed_at").orElseThrow(),
                        c.path("message").asString(""), c.path("additions").asInt(), c.path("deletions").asInt(),
                        c.hasNonNull("changed_files") ? OptionalInt.of(c.get("changed_files").asInt()) : OptionalInt.empty(),
                        c.path("own").asBoolean()));
            }
            commits.insertAll(accountId, rows);
            commitCount += rows.size();
            List<PullRequest> pulls = new ArrayList<>();
            node.path("pull_requests").forEach(pr -> pulls.add(pullRequest(pr, repository.name(), Optional.of(repoId), false)));
            work.savePullRequests(accountId, pulls);
            List<Issue> issues = new ArrayList<>();
            node.path("issues").forEach(issue -> issues.add(issue(issue, repository.name(), repoId)));
            work.saveIssues(accountId, issues);
            repoCount++;
        }
        List<Identity> declared = new ArrayList<>();
        for (JsonNode identity : a.path("identities")) {
            String kind = identity.path("kind").asString("");
            if (!kind.equals("email") && !kind.equals("name") || identity.path("value").asString("").isBlank()) {
                throw new StoreException("line 1: identity " + identity + " is not an e-mail or a name");
            }
            declared.add(new Identity(Identity.Kind.of(kind), identity.get("value").asString(),
                    epoch(identity, "added_at").orElse(Instant.EPOCH)));
        }
        if (!declared.isEmpty()) {
            IdentityStore identities = new IdentityStore(database);
            identities.change(accountId, declared, List.of());
            identities.applyOwnership(accountId);
        }
        new ActivityRollups(database).refreshAccount(accountId);
        work.refreshRollups(accountId);
        epoch(a, "ingested_at").ifPresent(at -> accounts.markIngested(accountId, at, true));
        return new Summary(a.get("login").asString(), repoCount, commitCount);
    }

    private static void pullRequestNode(ObjectNode node, PullRequest pr) {
        node.put("number", pr.number()).put("title", pr.title()).put("body_excerpt", pr.bodyExcerpt())
                .put("state", pr.state().name()).put("draft", pr.draft()).put("author", pr.authorLogin().orElse(null))
                .put("own", pr.own()).put("base_ref", pr.baseRef().orElse(null)).put("head_ref", pr.headRef().orElse(null))
                .put("additions", pr.additions()).put("deletions", pr.deletions()).put("changed_files", pr.changedFiles())
                .put("comments", pr.comments()).put("created_at", pr.createdAt().toString())
                .put("updated_at", pr.updatedAt().toString())
                .put("closed_at", pr.closedAt().map(Instant::toString).orElse(null))
                .put("merged_at", pr.mergedAt().map(Instant::toString).orElse(null));
        ArrayNode labels = node.putArray("labels");
        pr.labels().forEach(labels::add);
        ArrayNode reviews = node.putArray("reviews");
        pr.reviews().forEach(review -> reviews.addObject().put("id", review.id())
                .put("reviewer", review.reviewerLogin().orElse(null)).put("by_account", review.byAccount())
                .put("state", review.state().name())
                .put("submitted_at", review.submittedAt().map(Instant::toString).orElse(null)));
        ArrayNode closes = node.putArray("closes_issues");
        pr.closesIssues().forEach(closes::add);
    }

    private static void issueNode(ObjectNode node, Issue issue) {
        node.put("number", issue.number()).put("title", issue.title()).put("body_excerpt", issue.bodyExcerpt())
                .put("state", issue.state().name()).put("state_reason", issue.stateReason().orElse(null))
                .put("author", issue.authorLogin().orElse(null)).put("own", issue.own())
                .put("comments", issue.comments()).put("created_at", issue.createdAt().toString())
                .put("updated_at", issue.updatedAt().toString())
                .put("closed_at", issue.closedAt().map(Instant::toString).orElse(null));
        ArrayNode labels = node.putArray("labels");
        issue.labels().forEach(labels::add);
    }

    private static PullRequest pullRequest(JsonNode node, String repoName, Optional<Long> repoId, boolean externalPrivate) {
        List<Review> reviews = new ArrayList<>();
        for (JsonNode review : node.path("reviews")) {
            reviews.add(new Review(review.path("id").asString(""), text(review, "reviewer"),
                    review.path("by_account").asBoolean(), Review.State.valueOf(review.path("state").asString("COMMENTED")),
                    epoch(review, "submitted_at")));
        }
        List<Integer> closes = new ArrayList<>();
        node.path("closes_issues").forEach(number -> closes.add(number.asInt()));
        return new PullRequest(repoName, repoId, externalPrivate, node.path("number").asInt(),
                node.path("title").asString(""), node.path("body_excerpt").asString(""),
                PullRequest.State.valueOf(node.path("state").asString("OPEN")), node.path("draft").asBoolean(),
                text(node, "author"), node.path("own").asBoolean(), strings(node.path("labels")), text(node, "base_ref"),
                text(node, "head_ref"), node.path("additions").asInt(), node.path("deletions").asInt(),
                node.path("changed_files").asInt(), node.path("comments").asInt(),
                epoch(node, "created_at").orElse(Instant.EPOCH), epoch(node, "updated_at").orElse(Instant.EPOCH),
                epoch(node, "closed_at"), epoch(node, "merged_at"), reviews, closes);
    }

    private static Issue issue(JsonNode node, String repoName, long repoId) {
        return new Issue(repoName, repoId, node.path("number").asInt(), node.path("title").asString(""),
                node.path("body_excerpt").asString(""), Issue.State.valueOf(node.path("state").asString("OPEN")),
                text(node, "state_reason"), text(node, "author"), node.path("own").asBoolean(),
                strings(node.path("labels")), node.path("comments").asInt(),
                epoch(node, "created_at").orElse(Instant.EPOCH), epoch(node, "updated_at").orElse(Instant.EPOCH),
                epoch(node, "closed_at"));
    }

    private static JsonNode parse(String line, int number) {
        try {
            return JSON.readTree(line);
        } catch (JacksonException e) {
            throw new StoreException("line " + number + " of the export is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static void writeLine(BufferedWriter writer, JsonNode node) throws IOException {
        writer.write(JSON.writeValueAsString(node));
        writer.write('\n');
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asString());
    }

    /** A timestamp: ISO-8601 text (version 2) or epoch seconds (version 1). */
    private static Optional<Instant> epoch(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (value.isNumber()) {
            return Optional.of(Instant.ofEpochSecond(value.asLong()));
        }
        try {
            return Optional.of(OffsetDateTime.parse(value.asString()).toInstant());
        } catch (DateTimeParseException e) {
            throw new StoreException(field + " is not an ISO-8601 timestamp: '" + value.asString() + "'");
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }
}
