package dev.bitofgit.tools;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.store.ProfileQueries;
import dev.bitofgit.store.ProfileQueries.AccountRef;
import dev.bitofgit.store.WorkQueries;
import dev.bitofgit.store.WorkQueries.Author;
import dev.bitofgit.store.WorkQueries.DateField;
import dev.bitofgit.store.WorkQueries.Filter;
import dev.bitofgit.store.WorkQueries.IssueRow;
import dev.bitofgit.store.WorkQueries.MonthRow;
import dev.bitofgit.store.WorkQueries.PullRequestFacts;
import dev.bitofgit.store.WorkQueries.PullRequestRow;
import dev.bitofgit.store.WorkQueries.RepoTotals;
import dev.bitofgit.store.WorkQueries.ReviewCount;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The pull request, issue and review tools: lists with filters, and statistics (merged per period, time to merge and
 * to first review, size; reviews given and received; issues opened, closed, open per repository, oldest open, closed
 * by a pull request). Registered in {@link ToolCatalog} like every other tool. Medians and p90s are nearest-rank.
 */
final class WorkTools {
    private static final List<String> PR_STATES = List.of("all", "open", "closed", "merged", "unmerged");
    private static final List<String> ISSUE_STATES = List.of("all", "open", "closed");
    private static final List<String> REASONS = List.of("any", "completed", "not_planned", "duplicate");
    private static final List<String> PR_DATES = List.of("created", "updated", "closed", "merged");
    private static final List<String> ISSUE_DATES = List.of("created", "updated", "closed");
    private static final String AUTHOR_HELP = "'me' (the account), 'others' (everyone else, on the account's "
            + "repositories) or a GitHub login.";

    private final ProfileQueries profile;
    private final WorkQueries queries;

    WorkTools(ProfileQueries profile) {
        this.profile = requireNonNull(profile, "profile == null");
        this.queries = profile.work();
    }

    List<ToolDefinition> definitions() {
        return List.of(listPullRequests(), pullRequestStats(), reviewStats(), listIssues(), issueStats());
    }

    // ------------------------------------------------------------------ the tools

    private ToolDefinition listPullRequests() {
        List<String> sorts = List.of("newest", "oldest", "updated", "merged", "largest");
        return new ToolDefinition("list_pull_requests", "List pull requests",
                "Pull requests of the user's repositories and the ones the user opened in other people's "
                        + "repositories, newest first by default. Filters combine: state (open, closed, merged, "
                        + "unmerged = closed without merge), author (" + AUTHOR_HELP + "), reviewer, label, repo, "
                        + "and a period on the created, updated, closed or merged date. Each item has its size, "
                        + "reviews, and hours to merge and to first review. Page with cursor; total counts all matches.",
                JsonSchemas.object().username().string("repo", "Only this repository (name, or owner/name elsewhere).")
                        .enumeration("state", "Which pull requests.", PR_STATES, "all")
                        .string("author", "Whose: " + AUTHOR_HELP)
                        .string("reviewer", "Only those reviewed by this login ('me' for the user).")
                        .string("label", "Only those with this label.")
                        .date("since", "Period start (inclusive) on the date chosen by 'date'.")
                        .date("until", "Period end (exclusive).")
                        .enumeration("date", "Which date the period bounds.", PR_DATES, "created")
                        .enumeration("sort", "Order: newest or oldest created, recently updated, recently merged, "
                                + "largest (lines changed).", sorts, "newest")
                        .integer("limit", "Page size.", 20, 1, 100).cursor().build(),
                JsonSchemas.object().out("total", "integer", "pull requests matching the filters")
                        .out("pull_requests", "array", "one page").nullable("next_cursor", "string", "next page")
                        .buildOutput(),
                (args, context) -> {
                    Scope scope = scope(args, context);
                    int limit = args.integer("limit", 20, 1, 100);
                    int offset = args.cursorOffset();
                    Filter filter = pullRequestFilter(scope, args, Author.any(), dateField(args, PR_DATES));
                    WorkQueries.Page<PullRequestRow> page = queries.pullRequests(scope.account.id(),
                            scope.privateVisible, filter, args.choice("sort", sorts, "newest"), limit, offset);
                    ObjectNode result = base(scope);
                    result.put("total", page.total());
                    ArrayNode items = result.putArray("pull_requests");
                    page.rows().forEach(row -> pullRequestItem(items.addObject(), row));
                    result.put("next_cursor", offset + limit < page.total() ? ToolArguments.cursorFor(offset + limit) : null);
                    return result;
                });
    }

    private ToolDefinition pullRequestStats() {
        return new ToolDefinition("get_pull_request_stats", "Pull request statistics",
                "Pull request figures over a period: opened, merged, closed without merge, open now; time to merge "
                        + "and time to first review (median and p90, hours); size (lines and files, median and p90, the "
                        + "largest); merged and opened per month or year; the repositories with most merges. author "
                        + "defaults to 'me' (the user's own pull requests, anywhere); 'all' counts everyone's on the "
                        + "user's repositories and the user's elsewhere.",
                JsonSchemas.object().username().string("repo", "Only this repository.")
                        .string("author", "Whose: " + AUTHOR_HELP + " Or 'all'. Default 'me'.")
                        .string("label", "Only those with this label.")
                        .date("since", "Period start (inclusive).").date("until", "Period end (exclusive).")
                        .enumeration("group_by", "Series of merged and opened pull requests.", List.of("year", "month"),
                                "year")
                        .build(),
                JsonSchemas.object().out("opened", "integer", "created in the period")
                        .out("merged", "integer", "merged in the period")
                        .out("closed_unmerged", "integer", "closed without merge in the period")
                        .out("open_now", "integer", "still open (created in the period)")
                        .out("time_to_merge_hours", "object", "median, p90 and count over those merged in the period")
                        .out("time_to_first_review_hours", "object", "median, p90 and count, over those opened in the period with a review by someone else")
                        .out("size", "object", "lines changed and files, median and p90, and the largest")
                        .out("series", "array", "per period: merged, opened")
                        .out("top_repos", "array", "repositories with most merges in the period").buildOutput(),
                (args, context) -> {
                    Scope scope = scope(args, context);
                    Author author = author(scope, args.optionalString("author").orElse("me"), true);
                    Filter all = new Filter(repoKey(scope, args), List.of(), author, Optional.empty(),
                            args.optionalString("label"), DateField.CREATED, OptionalLong.empty(), OptionalLong.empty());
                    Period period = period(args);
                    List<PullRequestFacts> facts = queries.pullRequestFacts(scope.account.id(), scope.privateVisible, all,
                            period.since, period.until);
                    ObjectNode result = base(scope);
                    List<PullRequestFacts> opened = facts.stream().filter(f -> period.contains(f.createdAt())).toList();
                    List<PullRequestFacts> merged = facts.stream().filter(f -> period.contains(f.mergedAt())).toList();
                    result.put("opened", opened.size());
                    result.put("merged", merged.size());
                    result.put("closed_unmerged", facts.stream().filter(f -> f.state().equals("CLOSED")
                            && period.contains(f.closedAt())).count());
                    result.put("open_now", opened.stream().filter(f -> f.state().equals("OPEN")).count());
                    hours(result.putObject("time_to_merge_hours"), merged.stream()
                            .map(f -> f.mergedAt() - f.createdAt()).toList());
                    hours(result.putObject("time_to_first_review_hours"), opened.stream()
                            .filter(f -> f.firstReviewAt() != null).map(f -> f.firstReviewAt() - f.createdAt()).toList());
                    ObjectNode size = result.putObject("size");
                    List<Long> lines = opened.stream().map(f -> (long) f.additions() + f.deletions()).toList();
                    size.put("count", lines.size());
                    size.put("median_lines", percentile(lines, 50).orElse(null));
                    size.put("p90_lines", percentile(lines, 90).orElse(null));
                    size.put("median_files", percentile(opened.stream().map(f -> (long) f.changedFiles()).toList(), 50)
                            .orElse(null));
                    opened.stream().max(Comparator.comparingLong(f -> (long) f.additions() + f.deletions()))
                            .ifPresent(f -> size.putObject("largest").put("repo", f.repo())
                                    .put("lines", f.additions() + f.deletions()).put("files", f.changedFiles()));
                    boolean byMonth = args.choice("group_by", List.of("year", "month"), "year").equals("month");
                    TreeMap<String, long[]> series = new TreeMap<>();
                    merged.forEach(f -> series.computeIfAbsent(label(f.mergedAt(), byMonth), k -> new long[2])[0]++);
                    opened.forEach(f -> series.computeIfAbsent(label(f.createdAt(), byMonth), k -> new long[2])[1]++);
                    ArrayNode periods = result.putArray("series");
                    series.forEach((key, counts) -> periods.addObject().put("period", key).put("merged", counts[0])
                            .put("opened", counts[1]));
                    TreeMap<String, Long> perRepo = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                    merged.forEach(f -> perRepo.merge(f.repo(), 1L, Long::sum));
                    ArrayNode top = result.putArray("top_repos");
                    perRepo.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(5)
                            .forEach(e -> top.addObject().put("repo", e.getKey()).put("merged", e.getValue()));
                    result.put("author", args.optionalString("author").orElse("me"));
                    return result;
                });
    }

    private ToolDefinition reviewStats() {
        List<String> groups = List.of("reviewer", "state", "repo", "year", "month");
        return new ToolDefinition("get_review_stats", "Review statistics",
                "Code reviews the user gave (on anyone's pull requests the store holds: the user's repositories and "
                        + "the user's pull requests elsewhere) and received (on the user's own pull requests, from "
                        + "others), over a period, grouped by reviewer (who reviews the user's code most, whom the "
                        + "user reviews), by state (approved, changes requested, commented, dismissed), by repository, "
                        + "or per year or month.",
                JsonSchemas.object().username().string("repo", "Only this repository.")
                        .date("since", "Period start (inclusive, on the submitted date).")
                        .date("until", "Period end (exclusive).")
                        .enumeration("group_by", "How to group.", groups, "reviewer")
                        .integer("limit", "Most groups to return.", 20, 1, 100).build(),
                JsonSchemas.object().out("given", "integer", "reviews the user gave in the period")
                        .out("received", "integer", "reviews the user's pull requests received from others")
                        .out("groups", "array", "per group: given, received (by reviewer: most received first)")
                        .buildOutput(),
                (args, context) -> {
                    Scope scope = scope(args, context);
                    Period period = period(args);
                    String groupBy = args.choice("group_by", groups, "reviewer");
                    int limit = args.integer("limit", 20, 1, 100);
                    Optional<String> repo = repoKey(scope, args);
                    ObjectNode result = base(scope);
                    List<ReviewCount> counts;
                    if (groupBy.equals("year") || groupBy.equals("month")) {
                        TreeMap<String, long[]> series = new TreeMap<>();
                        for (MonthRow month : queries.months(scope.account.id(), scope.privateVisible, repo)) {
                            if (period.containsMonth(month.month())) {
                                long[] sums = series.computeIfAbsent(monthLabel(month.month(), groupBy.equals("month")),
                                        k -> new long[2]);
                                sums[0] += month.reviewsGiven();
                                sums[1] += month.reviewsReceived();
                            }
                        }
                        counts = series.entrySet().stream().map(e -> new ReviewCount(e.getKey(), e.getValue()[0],
                                e.getValue()[1])).toList();
                    } else {
                        counts = queries.reviewCounts(scope.account.id(), scope.privateVisible, groupBy, repo,
                                period.since, period.until);
                    }
                    result.put("given", counts.stream().mapToLong(ReviewCount::given).sum());
                    result.put("received", counts.stream().mapToLong(ReviewCount::received).sum());
                    if (!groupBy.equals("year") && !groupBy.equals("month")) {
                        // By reviewer, the user's own row holds the reviews given: the groups are the other people.
                        counts = counts.stream()
                                .filter(count -> !(groupBy.equals("reviewer")
                                        && count.key().equalsIgnoreCase(scope.account.login())))
                                .sorted(Comparator.comparingLong((ReviewCount c) -> c.received() + c.given()).reversed()
                                        .thenComparing(ReviewCount::key))
                                .toList();
                    }
                    result.put("group_by", groupBy);
                    ArrayNode items = result.putArray("groups");
                    counts.stream().limit(limit).forEach(count -> items.addObject().put("key", count.key())
                            .put("given", count.given()).put("received", count.received()));
                    return result;
                });
    }

    private ToolDefinition listIssues() {
        List<String> sorts = List.of("newest", "oldest", "updated", "comments");
        return new ToolDefinition("list_issues", "List issues",
                "Issues of the user's repositories, newest first by default. Filters combine: state (open, closed), "
                        + "author (" + AUTHOR_HELP + "), label, repo, closed_by_pr (closed by a merged pull request), "
                        + "and a period on the created, updated or closed date. sort=oldest with state=open gives the "
                        + "oldest open issue. Page with cursor; total counts all matches.",
                JsonSchemas.object().username().string("repo", "Only this repository.")
                        .enumeration("state", "Which issues.", ISSUE_STATES, "all")
                        .string("author", "Whose: " + AUTHOR_HELP).string("label", "Only those with this label.")
                        .bool("closed_by_pr", "true: only issues a pull request closed; false: only others.", null)
                        .enumeration("state_reason", "Only issues closed for this reason (GitHub's): completed, "
                                + "not_planned or duplicate.", REASONS, "any")
                        .date("since", "Period start (inclusive) on the date chosen by 'date'.")
                        .date("until", "Period end (exclusive).")
                        .enumeration("date", "Which date the period bounds.", ISSUE_DATES, "created")
                        .enumeration("sort", "Order: newest or oldest created, recently updated, most comments.",
                                sorts, "newest")
                        .integer("limit", "Page size.", 20, 1, 100).cursor().build(),
                JsonSchemas.object().out("total", "integer", "issues matching the filters")
                        .out("issues", "array", "one page").nullable("next_cursor", "string", "next page").buildOutput(),
                (args, context) -> {
                    Scope scope = scope(args, context);
                    int limit = args.integer("limit", 20, 1, 100);
                    int offset = args.cursorOffset();
                    String state = args.choice("state", ISSUE_STATES, "all");
                    Filter filter = new Filter(repoKey(scope, args), state.equals("all") ? List.of()
                            : List.of(state.toUpperCase(Locale.ROOT)), args.optionalString("author")
                            .map(value -> author(scope, value, false)).orElse(Author.any()), Optional.empty(),
                            args.optionalString("label"), dateField(args, ISSUE_DATES), args.instant("since"),
                            args.instant("until"));
                    checkPeriod(filter);
                    String reason = args.choice("state_reason", REASONS, "any");
                    WorkQueries.Page<IssueRow> page = queries.issues(scope.account.id(), scope.privateVisible, filter,
                            args.optionalBool("closed_by_pr"), reason.equals("any") ? Optional.empty()
                                    : Optional.of(reason.toUpperCase(Locale.ROOT)), args.choice("sort", sorts, "newest"),
                            limit, offset);
                    ObjectNode result = base(scope);
                    result.put("total", page.total());
                    ArrayNode items = result.putArray("issues");
                    Instant now = Instant.now();
                    page.rows().forEach(row -> issueItem(items.addObject(), row, now));
                    result.put("next_cursor", offset + limit < page.total() ? ToolArguments.cursorFor(offset + limit) : null);
                    return result;
                });
    }

    private ToolDefinition issueStats() {
        return new ToolDefinition("get_issue_stats", "Issue statistics",
                "Issue figures of the user's repositories: opened and closed in a period (and per month or year), "
                        + "closed by a pull request, days to close (median and p90), issues open now per repository "
                        + "(most first) and the oldest open issue.",
                JsonSchemas.object().username().string("repo", "Only this repository.")
                        .date("since", "Period start (inclusive).").date("until", "Period end (exclusive).")
                        .enumeration("group_by", "Series of opened and closed issues.", List.of("year", "month"), "year")
                        .build(),
                JsonSchemas.object().out("opened", "integer", "issues opened in the period")
                        .out("closed", "integer", "issues closed in the period")
                        .out("closed_by_pull_request", "integer", "of those closed in the period, closed by a pull request")
                        .out("open_now", "integer", "open issues now")
                        .out("days_to_close", "object", "median and p90 over issues closed in the period")
                        .out("open_per_repo", "array", "repositories by open issues, most first")
                        .nullable("oldest_open", "object", "the oldest open issue")
                        .out("series", "array", "per period: opened, closed").buildOutput(),
                (args, context) -> {
                    Scope scope = scope(args, context);
                    Period period = period(args);
                    Optional<String> repo = repoKey(scope, args);
                    boolean byMonth = args.choice("group_by", List.of("year", "month"), "year").equals("month");
                    ObjectNode result = base(scope);
                    TreeMap<String, long[]> series = new TreeMap<>();
                    long[] inPeriod = new long[3];
                    for (MonthRow month : queries.months(scope.account.id(), scope.privateVisible, repo)) {
                        if (period.containsMonth(month.month()) && month.issuesOpened() + month.issuesClosed() > 0) {
                            long[] sums = series.computeIfAbsent(monthLabel(month.month(), byMonth), k -> new long[2]);
                            sums[0] += month.issuesOpened();
                            sums[1] += month.issuesClosed();
                            inPeriod[0] += month.issuesOpened();
                            inPeriod[1] += month.issuesClosed();
                            inPeriod[2] += month.issuesClosedByPullRequest();
                        }
                    }
                    Filter closedInPeriod = new Filter(repo, List.of("CLOSED"), Author.any(), Optional.empty(),
                            Optional.empty(), DateField.CLOSED, period.since, period.until);
                    if (period.monthAligned()) {
                        // Whole UTC months: the roll-up holds the exact counts.
                        result.put("opened", inPeriod[0]);
                        result.put("closed", inPeriod[1]);
                        result.put("closed_by_pull_request", inPeriod[2]);
                    } else {
                        result.put("opened", queries.issues(scope.account.id(), scope.privateVisible, new Filter(repo,
                                List.of(), Author.any(), Optional.empty(), Optional.empty(), DateField.CREATED,
                                period.since, period.until), Optional.empty(), "newest", 0, 0).total());
                        result.put("closed", queries.issues(scope.account.id(), scope.privateVisible, closedInPeriod,
                                Optional.empty(), "newest", 0, 0).total());
                        result.put("closed_by_pull_request", queries.issues(scope.account.id(), scope.privateVisible,
                                closedInPeriod, Optional.of(true), "newest", 0, 0).total());
                    }
                    ObjectNode days = result.putObject("days_to_close");
                    List<Long> seconds = queries.issueCloseSeconds(scope.account.id(), scope.privateVisible,
                            closedInPeriod);
                    days.put("count", seconds.size());
                    days.put("median", percentile(seconds, 50).map(s -> round(s / 86_400.0)).orElse(null));
                    days.put("p90", percentile(seconds, 90).map(s -> round(s / 86_400.0)).orElse(null));
                    List<RepoTotals> totals = queries.repoTotals(scope.account.id(), scope.privateVisible).stream()
                            .filter(t -> repo.isEmpty() || t.repo().equalsIgnoreCase(repo.get()))
                            .filter(t -> t.openIssues() > 0)
                            .sorted(Comparator.comparingLong(RepoTotals::openIssues).reversed()
                                    .thenComparing(RepoTotals::repo, String.CASE_INSENSITIVE_ORDER))
                            .toList();
                    result.put("open_now", totals.stream().mapToLong(RepoTotals::openIssues).sum());
                    ArrayNode perRepo = result.putArray("open_per_repo");
                    totals.stream().limit(10).forEach(t -> perRepo.addObject().put("repo", t.repo())
                            .put("open", t.openIssues()));
                    Filter open = new Filter(repo, List.of("OPEN"), Author.any(), Optional.empty(), Optional.empty(),
                            DateField.CREATED, OptionalLong.empty(), OptionalLong.empty());
                    List<IssueRow> oldest = queries.issues(scope.account.id(), scope.privateVisible, open,
                            Optional.empty(), "oldest", 1, 0).rows();
                    if (oldest.isEmpty()) {
                        result.putNull("oldest_open");
                    } else {
                        issueItem(result.putObject("oldest_open"), oldest.get(0), Instant.now());
                    }
                    ArrayNode periods = result.putArray("series");
                    series.forEach((key, sums) -> periods.addObject().put("period", key).put("opened", sums[0])
                            .put("closed", sums[1]));
                    return result;
                });
    }

    // ------------------------------------------------------------------ shared pieces

    private record Scope(AccountRef account, boolean privateVisible) {
    }

    /** A period's bounds in epoch seconds; either may be open. */
    private record Period(OptionalLong since, OptionalLong until) {
        boolean contains(Long epochSeconds) {
            return epochSeconds != null && (since.isEmpty() || epochSeconds >= since.getAsLong())
                    && (until.isEmpty() || epochSeconds < until.getAsLong());
        }

        /** Whether both bounds (when given) fall on the first of a month, 00:00 UTC: the roll-up then answers exactly. */
        boolean monthAligned() {
            return aligned(since) && aligned(until);
        }

        private static boolean aligned(OptionalLong bound) {
            if (bound.isEmpty()) {
                return true;
            }
            java.time.ZonedDateTime at = Instant.ofEpochSecond(bound.getAsLong()).atZone(java.time.ZoneOffset.UTC);
            return at.getDayOfMonth() == 1 && at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
        }

        /** Whether a whole UTC month (year * 12 + month - 1) lies in the period (periods start on month bounds). */
        boolean containsMonth(int month) {
            long start = java.time.LocalDate.of(month / 12, month % 12 + 1, 1).atStartOfDay()
                    .toEpochSecond(java.time.ZoneOffset.UTC);
            return contains(start);
        }
    }

    private Scope scope(ToolArguments args, ToolContext context) {
        String username = args.string("username");
        AccountRef account = profile.account(username).orElseThrow(() -> new ToolException("account '" + username
                + "' has not been ingested; ingest it first (POST /ingest or `bitofgit ingest " + username + "`)"));
        return new Scope(account, context.mayReadPrivate(account.login()));
    }

    private static ObjectNode base(Scope scope) {
        ObjectNode result = JsonSchemas.MAPPER.createObjectNode();
        result.put("username", scope.account.login());
        result.put("data_status", scope.account.ingestedAt().isPresent() ? "complete" : "partial: an ingest is still running");
        return result;
    }

    private Optional<String> repoKey(Scope scope, ToolArguments args) {
        Optional<String> name = args.optionalString("repo");
        if (name.isEmpty()) {
            return Optional.empty();
        }
        if (name.get().contains("/")) {
            return Optional.of(name.get().toLowerCase(Locale.ROOT)); // someone else's repository
        }
        List<String> names = profile.repositories(scope.account.id(), scope.privateVisible).stream()
                .map(ProfileQueries.RepoSummary::name).toList();
        return Optional.of(names.stream().filter(n -> n.equalsIgnoreCase(name.get())).findFirst()
                .orElseThrow(() -> new ToolException("no repository '" + name.get() + "' for " + scope.account.login()
                        + "; closest: " + String.join(", ", Names.closest(name.get(), names, 3))))
                .toLowerCase(Locale.ROOT));
    }

    private Author author(Scope scope, String value, boolean allowAll) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.equals("me") || lower.equals(scope.account.login().toLowerCase(Locale.ROOT))) {
            return new Author(Author.Kind.ACCOUNT, Optional.empty());
        }
        if (lower.equals("others")) {
            return new Author(Author.Kind.OTHERS, Optional.empty());
        }
        if (lower.equals("all") && allowAll) {
            return Author.any();
        }
        return new Author(Author.Kind.LOGIN, Optional.of(value));
    }

    private Filter pullRequestFilter(Scope scope, ToolArguments args, Author fallback, DateField field) {
        String state = args.choice("state", PR_STATES, "all");
        List<String> states = switch (state) {
            case "open" -> List.of("OPEN");
            case "closed" -> List.of("CLOSED", "MERGED");
            case "merged" -> List.of("MERGED");
            case "unmerged" -> List.of("CLOSED");
            default -> List.of();
        };
        Optional<String> reviewer = args.optionalString("reviewer")
                .map(value -> value.equalsIgnoreCase("me") ? scope.account.login() : value);
        Filter filter = new Filter(repoKey(scope, args), states, args.optionalString("author")
                .map(value -> author(scope, value, false)).orElse(fallback), reviewer, args.optionalString("label"),
                field, args.instant("since"), args.instant("until"));
        checkPeriod(filter);
        return filter;
    }

    private static void checkPeriod(Filter filter) {
        if (filter.since().isPresent() && filter.until().isPresent()
                && filter.since().getAsLong() >= filter.until().getAsLong()) {
            throw new ToolException("'since' must be before 'until'");
        }
    }

    private static Period period(ToolArguments args) {
        OptionalLong since = args.instant("since");
        OptionalLong until = args.instant("until");
        if (since.isPresent() && until.isPresent() && since.getAsLong() >= until.getAsLong()) {
            throw new ToolException("'since' must be before 'until'");
        }
        return new Period(since, until);
    }

    private static DateField dateField(ToolArguments args, List<String> allowed) {
        return DateField.valueOf(args.choice("date", allowed, "created").toUpperCase(Locale.ROOT));
    }

    private static void pullRequestItem(ObjectNode item, PullRequestRow row) {
        item.put("repo", row.repo());
        item.put("number", row.number());
        item.put("title", ToolCatalog.cut(row.title(), ToolCatalog.MESSAGE_LENGTH, ""));
        item.put("state", row.state().toLowerCase(Locale.ROOT));
        item.put("draft", row.draft());
        item.put("author", row.author().orElse(null));
        ArrayNode labels = item.putArray("labels");
        row.labels().forEach(labels::add);
        item.put("additions", row.additions());
        item.put("deletions", row.deletions());
        item.put("changed_files", row.changedFiles());
        item.put("comments", row.comments());
        item.put("reviews", row.reviews());
        item.put("created_at", row.createdAt().toString());
        item.put("merged_at", row.mergedAt().map(Instant::toString).orElse(null));
        item.put("closed_at", row.closedAt().map(Instant::toString).orElse(null));
        item.put("hours_to_merge", row.mergedAt().map(at -> round((at.getEpochSecond()
                - row.createdAt().getEpochSecond()) / 3_600.0)).orElse(null));
        item.put("hours_to_first_review", row.firstReviewAt().map(at -> round((at.getEpochSecond()
                - row.createdAt().getEpochSecond()) / 3_600.0)).orElse(null));
        if (row.elsewhere()) {
            item.put("elsewhere", true);
        }
    }

    private static void issueItem(ObjectNode item, IssueRow row, Instant now) {
        item.put("repo", row.repo());
        item.put("number", row.number());
        item.put("title", ToolCatalog.cut(row.title(), ToolCatalog.MESSAGE_LENGTH, ""));
        item.put("state", row.state().toLowerCase(Locale.ROOT));
        item.put("state_reason", row.stateReason().map(reason -> reason.toLowerCase(Locale.ROOT)).orElse(null));
        item.put("author", row.author().orElse(null));
        ArrayNode labels = item.putArray("labels");
        row.labels().forEach(labels::add);
        item.put("comments", row.comments());
        item.put("created_at", row.createdAt().toString());
        item.put("closed_at", row.closedAt().map(Instant::toString).orElse(null));
        item.put("closed_by_pull_request", row.closedByPullRequest().orElse(null));
        if (row.closedAt().isEmpty()) {
            item.put("age_days", ChronoUnit.DAYS.between(row.createdAt(), now));
        }
    }

    private static void hours(ObjectNode target, List<Long> seconds) {
        target.put("count", seconds.size());
        target.put("median", percentile(seconds, 50).map(s -> round(s / 3_600.0)).orElse(null));
        target.put("p90", percentile(seconds, 90).map(s -> round(s / 3_600.0)).orElse(null));
    }

    /** Nearest-rank percentile: the smallest value with at least p% of the values at or below it. */
    static Optional<Long> percentile(List<Long> values, int p) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(Long::compare);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return Optional.of(sorted.get(Math.max(0, rank - 1)));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String label(long epochSeconds, boolean byMonth) {
        java.time.LocalDate day = java.time.LocalDate.ofInstant(Instant.ofEpochSecond(epochSeconds),
                java.time.ZoneOffset.UTC);
        return byMonth ? String.format("%d-%02d", day.getYear(), day.getMonthValue()) : String.valueOf(day.getYear());
    }

    private static String monthLabel(int month, boolean byMonth) {
        return byMonth ? String.format("%d-%02d", month / 12, month % 12 + 1) : String.valueOf(month / 12);
    }
}
