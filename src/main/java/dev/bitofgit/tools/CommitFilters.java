package dev.bitofgit.tools;

import dev.bitofgit.store.CommitConditions;
import dev.bitofgit.store.ProfileQueries.CommitFilter;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The commit selection the commit tools share, read from their arguments: repositories, period, author, bots,
 * conditions on single commits and the time zone they are read in — with the errors that say which combination
 * cannot work.
 */
final class CommitFilters {
    /** For the tools that count everyone's commits: bots can be left out ("excluding bots"). */
    static final String EXCLUDE_BOTS = "Leave out commits by bots (dependabot, renovate, github-actions, any "
            + "'[bot]' login) — for everyone's counts 'excluding bots'; the user's own commits never include bots.";

    private static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    private CommitFilters() {
    }

    /** The commits a call selects; {@code ownOnly} as the tool reads it from its own arguments. */
    static CommitFilter of(Scope scope, ToolArguments args, boolean ownOnly) {
        List<Long> repoIds = new ArrayList<>();
        args.optionalString("repo").ifPresent(name -> repoIds.add(scope.repo(name).id()));
        if (args.has("repos")) {
            if (!repoIds.isEmpty()) {
                throw new ToolException("give 'repo' or 'repos', not both");
            }
            List<String> names = args.strings("repos");
            if (names.isEmpty()) {
                throw new ToolException("'repos' is empty: omit it for all repositories, or name at least one");
            }
            names.forEach(name -> repoIds.add(scope.repo(name).id()));
        }
        OptionalLong since = args.instant("since");
        OptionalLong until = args.instant("until");
        if (since.isPresent() && until.isPresent() && since.getAsLong() >= until.getAsLong()) {
            throw new ToolException("'since' must be before 'until'");
        }
        CommitFilter filter = new CommitFilter(repoIds, since, until, args.optionalString("author"), ownOnly,
                conditions(args));
        return args.declares("exclude_bots") && args.bool("exclude_bots") ? filter.withoutBots() : filter;
    }

    /** The conditions on single commits a tool's arguments give (none for tools whose schema has no such arguments). */
    private static CommitConditions conditions(ToolArguments args) {
        if (!args.has("kind") && !args.has("from_hour") && !args.has("to_hour") && !args.has("weekdays")
                && !args.has("min_files") && !args.has("max_files") && !args.has("min_lines") && !args.has("max_lines")
                && !args.has("more_deleted_than_added") && !args.has("exclude_merges")) {
            return CommitConditions.NONE;
        }
        if (args.has("from_hour") != args.has("to_hour")) {
            throw new ToolException("give 'from_hour' and 'to_hour' together");
        }
        Set<Integer> weekdays = new HashSet<>();
        for (String day : args.strings("weekdays")) {
            int index = WEEKDAYS.indexOf(day.toLowerCase(Locale.ROOT));
            if (index < 0) {
                throw new ToolException("weekday '" + day + "' is not one of " + String.join(", ", WEEKDAYS));
            }
            weekdays.add(index + 1);
        }
        OptionalInt offset = OptionalInt.empty();
        Optional<ZoneId> zone = zone(args.optionalString("time_zone"));
        if (zone.isPresent()) {
            if (!(zone.get() instanceof ZoneOffset fixed)) {
                throw new ToolException("hours and weekdays are read in each commit's own zone, UTC or a fixed offset "
                        + "such as +01:00, not a region such as " + zone.get() + " (its offset changes over the year)");
            }
            offset = OptionalInt.of(fixed.getTotalSeconds());
        }
        OptionalInt minFiles = args.optionalInteger("min_files");
        OptionalInt maxFiles = args.optionalInteger("max_files");
        OptionalInt minLines = args.optionalInteger("min_lines");
        OptionalInt maxLines = args.optionalInteger("max_lines");
        if (minFiles.isPresent() && maxFiles.isPresent() && minFiles.getAsInt() > maxFiles.getAsInt()
                || minLines.isPresent() && maxLines.isPresent() && minLines.getAsInt() > maxLines.getAsInt()) {
            throw new ToolException("a minimum is above its maximum: no commit can match");
        }
        return new CommitConditions(args.optionalChoice("kind"), args.optionalInteger("from_hour"),
                args.optionalInteger("to_hour"), offset, weekdays, minFiles, maxFiles, minLines, maxLines,
                args.bool("more_deleted_than_added"), args.bool("exclude_merges"));
    }

    /** The zone a {@code time_zone} argument names; empty for each commit's own zone (author, local, or none). */
    static Optional<ZoneId> zone(Optional<String> name) {
        if (name.isEmpty() || name.get().isBlank() || name.get().equalsIgnoreCase("author")
                || name.get().equalsIgnoreCase("local")) {
            return Optional.empty();
        }
        String value = name.get().trim();
        if (value.equalsIgnoreCase("utc") || value.equalsIgnoreCase("gmt") || value.equalsIgnoreCase("z")) {
            return Optional.of(ZoneOffset.UTC);
        }
        try {
            return Optional.of(ZoneId.of(value, ZoneId.SHORT_IDS));
        } catch (DateTimeException e) {
            throw new ToolException("time_zone '" + value + "' is not a time zone; use author, UTC, an IANA zone such "
                    + "as Europe/Berlin, or an offset such as +05:30");
        }
    }
}
