package dev.bitofgit.tools;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.store.ProfileQueries;
import dev.bitofgit.store.WorkQueries;
import dev.bitofgit.store.WorkQueries.Author;
import dev.bitofgit.store.WorkQueries.DateField;
import dev.bitofgit.store.WorkQueries.Filter;
import dev.bitofgit.store.WorkQueries.IssueRow;
import dev.bitofgit.store.WorkQueries.MonthRow;
import dev.bitofgit.store.WorkQueries.RepoTotals;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * get_issue_stats: issues opened and closed in a period (from the monthly roll-up when the period is whole UTC months),
 * days to close, open issues per repository and the oldest open issue.
 */
final class IssueStatsTool implements Tool {
    private final ProfileQueries profile;
    private final WorkQueries work;

    IssueStatsTool(ProfileQueries profile) {
        this.profile = requireNonNull(profile, "profile == null");
        this.work = profile.work();
    }

    @Override
    public ToolDefinition definition() {
        return new ToolDefinition("get_issue_stats", "Issue statistics",
                "Issue figures of the user's repositories: opened and closed in a period (and per month or year), "
                        + "closed by a pull request, days to close (median and p90), issues open now per repository "
                        + "(most first) and the oldest open issue.",
                JsonSchemas.object().username().string("repo", "Only this repository.")
                        .date("since", "Period start (inclusive).").date("until", "Period end (exclusive).")
                        .enumeration("group_by", "Series of opened and closed issues.", WorkFilters.YEAR_OR_MONTH, "year")
                        .build(),
                JsonSchemas.object().out("opened", "integer", "issues opened in the period")
                        .out("closed", "integer", "issues closed in the period")
                        .out("closed_by_pull_request", "integer", "of those closed in the period, closed by a pull request")
                        .out("open_now", "integer", "open issues now")
                        .out("days_to_close", "object", "median, p90 and mean over issues closed in the period")
                        .out("open_per_repo", "array", "repositories by open issues, most first")
                        .nullable("oldest_open", "object", "the oldest open issue")
                        .out("labels", "array", "labels of the issues opened in the period, by how many issues carry "
                                + "each, most first (top 20)")
                        .out("series", "array", "per period: opened, closed").buildOutput(),
                this::call, JsonSchemas.demoExample());
    }

    private JsonNode call(ToolArguments args, ToolContext context) {
        Scope scope = Scope.of(profile, args, context);
        Period period = Period.of(args);
        Optional<String> repo = scope.repoKey(args);
        boolean byMonth = args.choice("group_by").equals("month");
        ObjectNode result = scope.result();
        TreeMap<String, long[]> series = new TreeMap<>();
        long[] inPeriod = new long[3];
        for (MonthRow month : work.months(scope.accountId(), scope.privateVisible(), repo)) {
            if (period.containsMonth(month.month()) && month.issuesOpened() + month.issuesClosed() > 0) {
                long[] sums = series.computeIfAbsent(Period.monthLabel(month.month(), byMonth), k -> new long[2]);
                sums[0] += month.issuesOpened();
                sums[1] += month.issuesClosed();
                inPeriod[0] += month.issuesOpened();
                inPeriod[1] += month.issuesClosed();
                inPeriod[2] += month.issuesClosedByPullRequest();
            }
        }
        Filter closedInPeriod = new Filter(repo, List.of("CLOSED"), Author.any(), Optional.empty(),
                Optional.empty(), DateField.CLOSED, period.since(), period.until());
        if (period.monthAligned()) {
            // Whole UTC months: the roll-up holds the exact counts.
            result.put("opened", inPeriod[0]);
            result.put("closed", inPeriod[1]);
            result.put("closed_by_pull_request", inPeriod[2]);
        } else {
            result.put("opened", work.issues(scope.accountId(), scope.privateVisible(), new Filter(repo,
                    List.of(), Author.any(), Optional.empty(), Optional.empty(), DateField.CREATED,
                    period.since(), period.until()), Optional.empty(), "newest", 0, 0).total());
            result.put("closed", work.issues(scope.accountId(), scope.privateVisible(), closedInPeriod,
                    Optional.empty(), "newest", 0, 0).total());
            result.put("closed_by_pull_request", work.issues(scope.accountId(), scope.privateVisible(),
                    closedInPeriod, Optional.of(true), "newest", 0, 0).total());
        }
        ObjectNode days = result.putObject("days_to_close");
        List<Long> seconds = work.issueCloseSeconds(scope.accountId(), scope.privateVisible(),
                closedInPeriod);
        days.put("count", seconds.size());
        days.put("mean", seconds.isEmpty() ? null
                : Figures.tenths(seconds.stream().mapToLong(Long::longValue).average().orElse(0) / 86_400.0));
        days.put("median", Figures.percentile(seconds, 50).map(s -> Figures.tenths(s / 86_400.0)).orElse(null));
        days.put("p90", Figures.percentile(seconds, 90).map(s -> Figures.tenths(s / 86_400.0)).orElse(null));
        List<RepoTotals> totals = work.repoTotals(scope.accountId(), scope.privateVisible()).stream()
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
        List<IssueRow> oldest = work.issues(scope.accountId(), scope.privateVisible(), open,
                Optional.empty(), "oldest", 1, 0).rows();
        if (oldest.isEmpty()) {
            result.putNull("oldest_open");
        } else {
            Shapes.issue(result.putObject("oldest_open"), oldest.get(0), Instant.now());
        }
        ArrayNode labels = result.putArray("labels");
        work.issueLabels(scope.accountId(), scope.privateVisible(), new Filter(repo, List.of(), Author.any(),
                        Optional.empty(), Optional.empty(), DateField.CREATED, period.since(), period.until())).stream()
                .limit(20).forEach(e -> labels.addObject().put("label", e.getKey()).put("issues", e.getValue()));
        ArrayNode periods = result.putArray("series");
        series.forEach((key, sums) -> periods.addObject().put("period", key).put("opened", sums[0])
                .put("closed", sums[1]));
        return result;
    }
}
