package dev.bitofgit.tools;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.store.ProfileQueries;
import dev.bitofgit.store.WorkQueries;
import dev.bitofgit.store.WorkQueries.MonthRow;
import dev.bitofgit.store.WorkQueries.ReviewCount;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** get_review_stats: code reviews the user gave and received over a period, by reviewer, state, repository or time. */
final class ReviewStatsTool implements Tool {
    private static final List<String> GROUPS = List.of("reviewer", "state", "repo", "year", "month");

    private final ProfileQueries profile;
    private final WorkQueries work;

    ReviewStatsTool(ProfileQueries profile) {
        this.profile = requireNonNull(profile, "profile == null");
        this.work = profile.work();
    }

    @Override
    public ToolDefinition definition() {
        return new ToolDefinition("get_review_stats", "Review statistics",
                "Code reviews the user gave (on anyone's pull requests the store holds: the user's repositories and "
                        + "the user's pull requests elsewhere) and received (on the user's own pull requests, from "
                        + "others), over a period, grouped by reviewer (who reviews the user's code most, whom the "
                        + "user reviews), by state (approved, changes requested, commented, dismissed), by repository, "
                        + "or per year or month.",
                JsonSchemas.object().username().string("repo", "Only this repository.")
                        .date("since", "Period start (inclusive, on the submitted date).")
                        .date("until", "Period end (exclusive).")
                        .enumeration("group_by", "How to group.", GROUPS, "reviewer")
                        .integer("limit", "Most groups to return.", 20, 1, 100).build(),
                JsonSchemas.object().out("given", "integer", "reviews the user gave in the period")
                        .out("received", "integer", "reviews the user's pull requests received from others")
                        .out("groups", "array", "per group: given, received (by reviewer: most received first)")
                        .buildOutput(),
                this::call, JsonSchemas.demoExample());
    }

    private JsonNode call(ToolArguments args, ToolContext context) {
        Scope scope = Scope.of(profile, args, context);
        Period period = Period.of(args);
        String groupBy = args.choice("group_by");
        int limit = args.integer("limit");
        Optional<String> repo = scope.repoKey(args);
        ObjectNode result = scope.result();
        List<ReviewCount> counts;
        if (groupBy.equals("year") || groupBy.equals("month")) {
            TreeMap<String, long[]> series = new TreeMap<>();
            for (MonthRow month : work.months(scope.accountId(), scope.privateVisible(), repo)) {
                if (period.containsMonth(month.month())) {
                    long[] sums = series.computeIfAbsent(Period.monthLabel(month.month(), groupBy.equals("month")),
                            k -> new long[2]);
                    sums[0] += month.reviewsGiven();
                    sums[1] += month.reviewsReceived();
                }
            }
            counts = series.entrySet().stream().map(e -> new ReviewCount(e.getKey(), e.getValue()[0],
                    e.getValue()[1])).toList();
        } else {
            counts = work.reviewCounts(scope.accountId(), scope.privateVisible(), groupBy, repo,
                    period.since(), period.until());
        }
        result.put("given", counts.stream().mapToLong(ReviewCount::given).sum());
        result.put("received", counts.stream().mapToLong(ReviewCount::received).sum());
        if (!groupBy.equals("year") && !groupBy.equals("month")) {
            // By reviewer, the user's own row holds the reviews given: the groups are the other people.
            counts = counts.stream()
                    .filter(count -> !(groupBy.equals("reviewer")
                            && count.key().equalsIgnoreCase(scope.account().login())))
                    .sorted(Comparator.comparingLong((ReviewCount c) -> c.received() + c.given()).reversed()
                            .thenComparing(ReviewCount::key))
                    .toList();
        }
        result.put("group_by", groupBy);
        ArrayNode items = result.putArray("groups");
        counts.stream().limit(limit).forEach(count -> items.addObject().put("key", count.key())
                .put("given", count.given()).put("received", count.received()));
        return result;
    }
}
