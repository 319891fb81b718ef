package dev.bitofgit.tools;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.store.ProfileQueries;
import dev.bitofgit.store.ProfileQueries.CommitFilter;
import dev.bitofgit.store.ProfileQueries.HourActivity;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * get_activity_summary: commit activity over a period — totals, active days, longest streak, busiest period and a
 * series — counted in each commit's own zone or one asked, from the roll-ups when they can answer and from single
 * commits when they cannot. The arithmetic is {@link ActivityTally}'s.
 */
final class ActivitySummaryTool implements Tool {
    private static final List<String> GROUPS = List.of("day", "week", "month", "year", "weekday", "hour");

    private final ProfileQueries queries;

    ActivitySummaryTool(ProfileQueries queries) {
        this.queries = requireNonNull(queries, "queries == null");
    }

    @Override
    public ToolDefinition definition() {
        return new ToolDefinition("get_activity_summary", "Activity summary",
                "Commit activity over a period: commits (all, or the user's own with own_only), the user's own "
                        + "commits, lines added and deleted, active days, the longest streak of consecutive active days, "
                        + "the busiest period, and a series grouped by day, week, month, year, weekday or hour — the data "
                        + "of a contribution calendar. Days and hours are in each commit's own time zone (the author's "
                        + "local time, GitHub's convention) unless time_zone names one (UTC, Europe/Berlin, +05:30); "
                        + "since/until select whole days of that calendar.",
                JsonSchemas.object().username().date("since", "From this day.").date("until", "Before this day.")
                        .enumeration("group_by", "Series grouping.", GROUPS, "month").repoOrRepos()
                        .bool("own_only", "Count only the user's own commits.", false)
                        .bool("exclude_bots", CommitFilters.EXCLUDE_BOTS, false)
                        .string("author", "Only commits by this login, name or email.")
                        .string("time_zone", "author (each commit's own zone, the default), UTC, an IANA zone such as "
                                + "Europe/Berlin, or an offset such as +05:30.")
                        .build(),
                JsonSchemas.object().out("commits", "integer", "commits in range").out("own_commits", "integer", "the user's own")
                        .nullable("additions", "integer", "lines added").nullable("deletions", "integer", "lines deleted")
                        .out("active_days", "integer", "days with a commit by the user")
                        .out("longest_streak", "object", "longest run of consecutive active days")
                        .out("time_zone", "string", "the zone days and hours are counted in")
                        .nullable("busiest", "object", "the period with most commits")
                        .out("series", "array", "per period: commits; and, except by hour, active_days, additions and "
                                + "deletions")
                        .buildOutput(),
                this::call, JsonSchemas.demoExample());
    }

    private JsonNode call(ToolArguments args, ToolContext context) {
        Scope scope = Scope.of(queries, args, context);
        String groupBy = args.choice("group_by");
        boolean own = args.bool("own_only");
        Optional<ZoneId> zone = CommitFilters.zone(args.optionalString("time_zone"));
        CommitFilter filter = CommitFilters.of(scope, args, false);
        ObjectNode result = scope.result();
        Optional<ZoneOffset> fixed = zone.filter(z -> z instanceof ZoneOffset).map(z -> (ZoneOffset) z);
        boolean utc = fixed.map(offset -> offset.getTotalSeconds() == 0).orElse(false);
        // The roll-ups do not tell bots apart: without them, the commits themselves are counted.
        ActivityTally tally = filter.excludeBots()
                ? ActivityTally.ofCommits(queries.commitInstants(scope.accountId(), scope.privateVisible(),
                        widened(filter, own).withoutBots()), zone, filter.since(), filter.until(), own)
                : utc && filter.author().isEmpty()
                ? ActivityTally.ofDays(queries.activityByUtcDay(scope.accountId(), scope.privateVisible(),
                        new CommitFilter(filter.repoIds(), filter.since(), filter.until(), Optional.empty(), own)),
                        groupBy.equals("hour") ? hours(scope, filter, own, fixed) : List.of())
                : fixed.isPresent()
                ? ActivityTally.ofDays(queries.activityByDayAtOffset(scope.accountId(), scope.privateVisible(),
                        dayWindow(filter, own, fixed.get()), fixed.get().getTotalSeconds()),
                        groupBy.equals("hour") ? hours(scope, filter, own, fixed) : List.of())
                : zone.isPresent() || filter.author().isPresent()
                ? ActivityTally.ofCommits(queries.commitInstants(scope.accountId(), scope.privateVisible(),
                        widened(filter, own)), zone, filter.since(), filter.until(), own)
                : ActivityTally.ofDays(own
                        ? queries.ownActivityByDay(scope.accountId(), scope.privateVisible(), filter)
                        : queries.activityByDay(scope.accountId(), scope.privateVisible(), filter),
                        groupBy.equals("hour") ? hours(scope, filter, own, Optional.empty()) : List.of());
        result.put("commits", tally.commits());
        result.put("own_commits", tally.ownCommits());
        tally.additions().ifPresentOrElse(lines -> result.put("additions", lines), () -> result.putNull("additions"));
        tally.deletions().ifPresentOrElse(lines -> result.put("deletions", lines), () -> result.putNull("deletions"));
        result.put("active_days", tally.activeDays().size());
        result.put("time_zone", zone.map(z -> z.getId().equals("Z") ? "UTC" : z.getId())
                .orElse("author's local time (each commit's own zone)"));
        ActivityTally.Streak streak = tally.longestStreak();
        ObjectNode longest = result.putObject("longest_streak").put("days", streak.days());
        streak.start().ifPresent(start -> longest.put("start", start.toString()));
        streak.end().ifPresent(end -> longest.put("end", end.toString()));
        ArrayNode items = result.putArray("series");
        Map<String, Long> series = tally.series(groupBy);
        Map<String, long[]> details = groupBy.equals("hour") ? Map.of() : tally.periodDetails(groupBy);
        series.forEach((period, commits) -> {
            ObjectNode item = items.addObject().put("period", ActivityTally.label(groupBy, period))
                    .put("commits", commits);
            long[] detail = details.get(period);
            if (detail != null) {
                item.put("active_days", detail[2]);
                if (detail[0] >= 0) {
                    item.put("additions", detail[0]).put("deletions", detail[1]);
                }
            }
        });
        ActivityTally.busiest(series).ifPresentOrElse(busiest -> result.putObject("busiest")
                        .put("period", ActivityTally.label(groupBy, busiest.getKey())).put("commits", busiest.getValue()),
                () -> result.putNull("busiest"));
        return result;
    }

    /**
     * Commits per hour of the day: from the hourly roll-up when the question spans all time in each commit's own zone
     * or in UTC, else grouped in SQL over the period (at the fixed offset, when one is given).
     */
    private List<HourActivity> hours(Scope scope, CommitFilter filter, boolean own, Optional<ZoneOffset> fixed) {
        boolean allTime = filter.since().isEmpty() && filter.until().isEmpty() && filter.author().isEmpty();
        boolean utc = fixed.map(offset -> offset.getTotalSeconds() == 0).orElse(false);
        if (allTime && (fixed.isEmpty() || utc)) {
            return queries.hoursFromRollup(scope.accountId(), scope.privateVisible(), filter.repoIds(), utc, own);
        }
        if (fixed.isPresent()) {
            return queries.activityByHourAtOffset(scope.accountId(), scope.privateVisible(),
                    dayWindow(filter, own, fixed.get()), fixed.get().getTotalSeconds());
        }
        return queries.activityByHour(scope.accountId(), scope.privateVisible(), new CommitFilter(filter.repoIds(),
                filter.since(), filter.until(), filter.author(), own));
    }

    /** Whole days [since, until) of the calendar at {@code offset}, as instants. */
    private static CommitFilter dayWindow(CommitFilter filter, boolean own, ZoneOffset offset) {
        long shift = offset.getTotalSeconds();
        return new CommitFilter(filter.repoIds(),
                filter.since().isPresent() ? OptionalLong.of(filter.since().getAsLong() - shift) : OptionalLong.empty(),
                filter.until().isPresent() ? OptionalLong.of(filter.until().getAsLong() - shift) : OptionalLong.empty(),
                filter.author(), own);
    }

    /** A day range in some zone covers instants up to 14 hours either side of the same dates in UTC. */
    private static CommitFilter widened(CommitFilter filter, boolean own) {
        long margin = 15 * 3_600L;
        return new CommitFilter(filter.repoIds(),
                filter.since().isPresent() ? OptionalLong.of(filter.since().getAsLong() - margin) : OptionalLong.empty(),
                filter.until().isPresent() ? OptionalLong.of(filter.until().getAsLong() + margin) : OptionalLong.empty(),
                filter.author(), own);
    }
}

