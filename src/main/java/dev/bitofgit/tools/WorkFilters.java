package dev.bitofgit.tools;

import dev.bitofgit.store.WorkQueries.Author;
import dev.bitofgit.store.WorkQueries.DateField;
import dev.bitofgit.store.WorkQueries.Filter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The pull request and issue selection the work tools share, read from their arguments: whose ('me', 'others', a
 * login), which states, which date a period bounds. Medians and p90s of these tools are nearest-rank
 * ({@link Figures#percentile}).
 */
final class WorkFilters {
    static final List<String> PR_STATES = List.of("all", "open", "closed", "merged", "unmerged");
    static final List<String> ISSUE_STATES = List.of("all", "open", "closed");
    static final List<String> REASONS = List.of("any", "completed", "not_planned", "duplicate");
    static final List<String> PR_DATES = List.of("created", "updated", "closed", "merged");
    static final List<String> ISSUE_DATES = List.of("created", "updated", "closed");
    static final List<String> YEAR_OR_MONTH = List.of("year", "month");
    static final String AUTHOR_HELP = "'me' (the account), 'others' (everyone else, on the account's "
            + "repositories) or a GitHub login.";

    private WorkFilters() {
    }

    /** Whose work an {@code author} value means; 'all' means everyone's only where {@code allowAll}. */
    static Author author(Scope scope, String value, boolean allowAll) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.equals("me") || lower.equals(scope.account().login().toLowerCase(Locale.ROOT))) {
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

    /**
     * The pull requests a listing selects: state, author (else {@code fallback}), reviewer, label, repo, period,
     * draft or not, in someone else's repository or the account's.
     */
    static Filter pullRequests(Scope scope, ToolArguments args, Author fallback) {
        DateField field = dateField(args);
        List<String> states = switch (args.choice("state")) {
            case "open" -> List.of("OPEN");
            case "closed" -> List.of("CLOSED", "MERGED");
            case "merged" -> List.of("MERGED");
            case "unmerged" -> List.of("CLOSED");
            default -> List.of();
        };
        Optional<String> reviewer = args.optionalString("reviewer")
                .map(value -> value.equalsIgnoreCase("me") ? scope.account().login() : value);
        Filter filter = new Filter(scope.repoKey(args), states, args.optionalString("author")
                .map(value -> author(scope, value, false)).orElse(fallback), reviewer, args.optionalString("label"),
                field, args.instant("since"), args.instant("until"), args.optionalBool("draft"),
                args.optionalBool("elsewhere"), args.optionalInteger("number"));
        checkPeriod(filter);
        return filter;
    }

    static void checkPeriod(Filter filter) {
        if (filter.since().isPresent() && filter.until().isPresent()
                && filter.since().getAsLong() >= filter.until().getAsLong()) {
            throw new ToolException("'since' must be before 'until'");
        }
    }

    /** Which date the period bounds, from the {@code date} argument. */
    static DateField dateField(ToolArguments args) {
        return DateField.valueOf(args.choice("date").toUpperCase(Locale.ROOT));
    }
}
