package dev.bitofgit.tools;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.store.ProfileQueries;
import dev.bitofgit.store.WorkQueries;
import dev.bitofgit.store.WorkQueries.Author;
import dev.bitofgit.store.WorkQueries.DateField;
import dev.bitofgit.store.WorkQueries.Filter;
import dev.bitofgit.store.WorkQueries.PullRequestFacts;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * get_pull_request_stats: pull request figures over a period — opened, merged, time to merge and to first review,
 * size, a series and the repositories with most merges. Medians and p90s are nearest-rank.
 */
final class PullRequestStatsTool implements Tool {
    private final ProfileQueries profile;
    private final WorkQueries work;

    PullRequestStatsTool(ProfileQueries profile) {
        this.profile = requireNonNull(profile, "profile == null");
        this.work = profile.work();
    }

    @Override
    public ToolDefinition definition() {
        return new ToolDefinition("get_pull_request_stats", "Pull request statistics",
                "Pull request figures over a period: opened, merged, closed without merge, open now; time to merge "
                        + "and time to first review (median, p90 and mean, hours); size (lines and files, median and p90, the "
                        + "largest); merged and opened per month or year; the repositories with most merges. author "
                        + "defaults to 'me' (the user's own pull requests, anywhere); 'all' counts everyone's on the "
                        + "user's repositories and the user's elsewhere.",
                JsonSchemas.object().username().string("repo", "Only this repository.")
                        .string("author", "Whose: " + WorkFilters.AUTHOR_HELP + " Or 'all'. Default 'me'.")
                        .string("label", "Only those with this label.")
                        .date("since", "Period start (inclusive).").date("until", "Period end (exclusive).")
                        .enumeration("group_by", "Series of merged and opened pull requests.", WorkFilters.YEAR_OR_MONTH,
                                "year")
                        .build(),
                JsonSchemas.object().out("opened", "integer", "created in the period")
                        .out("merged", "integer", "merged in the period")
                        .out("closed_unmerged", "integer", "closed without merge in the period")
                        .out("open_now", "integer", "still open (created in the period)")
                        .out("merged_without_review", "integer", "of those merged in the period, how many had no review by someone else")
                        .out("time_to_merge_hours", "object", "median, p90, mean and count over those merged in the period")
                        .out("time_to_first_review_hours", "object", "median, p90, mean and count, over those opened in the period with a review by someone else")
                        .out("size", "object", "lines changed and files, median and p90, and the largest")
                        .out("series", "array", "per period: merged, opened")
                        .out("top_repos", "array", "repositories with most merges in the period").buildOutput(),
                this::call, JsonSchemas.demoExample());
    }

    private JsonNode call(ToolArguments args, ToolContext context) {
        Scope scope = Scope.of(profile, args, context);
        Author author = WorkFilters.author(scope, args.optionalString("author").orElse("me"), true);
        Filter all = new Filter(scope.repoKey(args), List.of(), author, Optional.empty(),
                args.optionalString("label"), DateField.CREATED, OptionalLong.empty(), OptionalLong.empty());
        Period period = Period.of(args);
        List<PullRequestFacts> facts = work.pullRequestFacts(scope.accountId(), scope.privateVisible(), all,
                period.since(), period.until());
        ObjectNode result = scope.result();
        List<PullRequestFacts> opened = facts.stream().filter(f -> period.contains(f.createdAt())).toList();
        List<PullRequestFacts> merged = facts.stream().filter(f -> period.contains(f.mergedAt())).toList();
        result.put("opened", opened.size());
        result.put("merged", merged.size());
        result.put("closed_unmerged", facts.stream().filter(f -> f.state().equals("CLOSED")
                && period.contains(f.closedAt())).count());
        result.put("open_now", opened.stream().filter(f -> f.state().equals("OPEN")).count());
        result.put("merged_without_review", merged.stream().filter(f -> f.firstReviewAt() == null).count());
        hours(result.putObject("time_to_merge_hours"), merged.stream()
                .map(f -> f.mergedAt() - f.createdAt()).toList());
        hours(result.putObject("time_to_first_review_hours"), opened.stream()
                .filter(f -> f.firstReviewAt() != null).map(f -> f.firstReviewAt() - f.createdAt()).toList());
        ObjectNode size = result.putObject("size");
        List<Long> lines = opened.stream().map(f -> (long) f.additions() + f.deletions()).toList();
        size.put("count", lines.size());
        size.put("median_lines", Figures.percentile(lines, 50).orElse(null));
        size.put("p90_lines", Figures.percentile(lines, 90).orElse(null));
        size.put("median_files", Figures.percentile(opened.stream().map(f -> (long) f.changedFiles()).toList(), 50)
                .orElse(null));
        opened.stream().max(Comparator.comparingLong(f -> (long) f.additions() + f.deletions()))
                .ifPresent(f -> size.putObject("largest").put("repo", f.repo())
                        .put("lines", f.additions() + f.deletions()).put("files", f.changedFiles()));
        boolean byMonth = args.choice("group_by").equals("month");
        TreeMap<String, long[]> series = new TreeMap<>();
        merged.forEach(f -> series.computeIfAbsent(Period.label(f.mergedAt(), byMonth), k -> new long[2])[0]++);
        opened.forEach(f -> series.computeIfAbsent(Period.label(f.createdAt(), byMonth), k -> new long[2])[1]++);
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
    }

    /** Median, p90, mean and count of durations, in hours to one decimal. */
    private static void hours(ObjectNode target, List<Long> seconds) {
        target.put("count", seconds.size());
        target.put("mean", seconds.isEmpty() ? null
                : Figures.tenths(seconds.stream().mapToLong(Long::longValue).average().orElse(0) / 3_600.0));
        target.put("median", Figures.percentile(seconds, 50).map(s -> Figures.tenths(s / 3_600.0)).orElse(null));
        target.put("p90", Figures.percentile(seconds, 90).map(s -> Figures.tenths(s / 3_600.0)).orElse(null));
    }
}
