package dev.bitofgit.report;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.report.YearFacts.Change;
import dev.bitofgit.report.YearFacts.CommitFact;
import dev.bitofgit.report.YearFacts.LanguageShare;
import dev.bitofgit.report.YearFacts.NewRepo;
import dev.bitofgit.report.YearFacts.Period;
import dev.bitofgit.report.YearFacts.Person;
import dev.bitofgit.report.YearFacts.RepoYear;
import dev.bitofgit.report.YearFacts.Streak;
import dev.bitofgit.store.ProfileQueries;
import dev.bitofgit.store.ProfileQueries.AccountRef;
import dev.bitofgit.store.ProfileQueries.CommitFilter;
import dev.bitofgit.store.ProfileQueries.RepoActivity;
import dev.bitofgit.store.ProfileQueries.RepoSummary;
import dev.bitofgit.store.ProfileQueries.SignalRow;
import dev.bitofgit.store.SignalHistory;
import dev.bitofgit.store.SignalHistory.Announcement;
import dev.bitofgit.tools.ToolCatalog;
import dev.bitofgit.tools.ToolContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a {@link YearReport} from the store, never the network. The numbers come from the same tool calls an MCP
 * client or the REST face would make for that year (get_activity_summary, rank_repos_by_activity, get_commit_stats,
 * list_collaborators, list_repos), in the caller's view, so the report and the tools agree by construction; only
 * the language shares (repository language bytes weighted by your commits) and the engineering changes (see
 * {@link SignalHistory}) are computed here, from the store's read side.
 */
public final class ReportBuilder {
    static final int TOP_REPOS = 5;
    static final int COLLABORATORS = 5;
    static final int NEW_REPOS = 100;
    /** The first year a report may cover: git did not exist before 2005, but imported histories can be older. */
    static final int FIRST_YEAR = 1970;

    private final ToolCatalog catalog;
    private final ProfileQueries queries;
    private final SignalHistory history;
    private final Clock clock;

    public ReportBuilder(ToolCatalog catalog, ProfileQueries queries, SignalHistory history, Clock clock) {
        this.catalog = requireNonNull(catalog, "catalog == null");
        this.queries = requireNonNull(queries, "queries == null");
        this.history = requireNonNull(history, "history == null");
        this.clock = requireNonNull(clock, "clock == null");
    }

    /**
     * The report of {@code username}'s {@code year} (default: the latest year with a commit of theirs, else this year)
     * as {@code viewer} may see it.
     */
    public YearReport build(String username, OptionalInt year, ToolContext viewer) {
        requireNonNull(username, "username == null");
        requireNonNull(year, "year == null");
        requireNonNull(viewer, "viewer == null");
        AccountRef account = queries.account(username).orElseThrow(() -> new ReportRejected(
                ReportRejected.Reason.UNKNOWN_ACCOUNT, "account '" + username + "' has not been ingested; ingest it "
                + "first (POST /ingest or `bitofgit ingest " + username + "`)"));
        int thisYear = Year.now(clock.withZone(ZoneOffset.UTC)).getValue();
        int chosen = year.isPresent() ? year.getAsInt() : latestYear(account.login(), viewer).orElse(thisYear);
        if (chosen < FIRST_YEAR || chosen > thisYear) {
            throw new ReportRejected(ReportRejected.Reason.BAD_ARGUMENT, chosen > thisYear
                    ? "year " + chosen + " has not begun yet; give a year from " + FIRST_YEAR + " to " + thisYear
                    : "year must be from " + FIRST_YEAR + " to " + thisYear + ", got " + chosen);
        }
        boolean privateVisible = viewer.mayReadPrivate(account.login());
        Store store = new Store(account, privateVisible);
        YearFacts current = facts(account.login(), chosen, viewer, store);
        YearFacts previous = facts(account.login(), chosen - 1, viewer, store);
        String timeZone = store.timeZone;
        Optional<String> dataStatus = account.ingestedAt().isPresent() ? Optional.empty()
                : Optional.of("partial: an ingest of " + account.login() + " is still running; this report covers the "
                        + "data stored so far");
        YearReport draft = new YearReport(account.login(), account.name(), privateVisible, timeZone, clock.instant(),
                current, previous, "", method(timeZone), dataStatus);
        return new YearReport(draft.username(), draft.name(), draft.privateIncluded(), draft.timeZone(),
                draft.generatedAt(), current, previous, Narrative.write(draft), draft.method(), dataStatus);
    }

    /** The latest year with a commit of the account's own that {@code viewer} may see. */
    public OptionalInt latestYear(String username, ToolContext viewer) {
        JsonNode years = call("get_activity_summary", arguments(username).put("group_by", "year").put("own_only", true),
                viewer);
        OptionalInt latest = OptionalInt.empty();
        for (JsonNode period : years.path("series")) {
            latest = OptionalInt.of(Integer.parseInt(period.get("period").asString()));
        }
        return latest;
    }

    /** What the builder reads from the store once per report, whichever year: repositories, languages, signals. */
    private final class Store {
        final AccountRef account;
        final boolean privateVisible;
        final Map<String, Long> repoIds = new HashMap<>();
        final Map<Long, Map<String, Long>> languages;
        final Map<Long, SignalRow> signals;
        final List<Announcement> announcements;
        String timeZone = "author's local time (each commit's own zone)";

        Store(AccountRef account, boolean privateVisible) {
            this.account = account;
            this.privateVisible = privateVisible;
            for (RepoSummary repo : queries.repositories(account.id(), privateVisible)) {
                repoIds.put(repo.name(), repo.id());
            }
            this.languages = queries.languages(account.id(), privateVisible);
            this.signals = queries.signals(account.id(), privateVisible);
            this.announcements = history.firstAnnouncements(account.id(), privateVisible);
        }
    }

    private YearFacts facts(String login, int year, ToolContext viewer, Store store) {
        String since = year + "-01-01";
        String until = (year + 1) + "-01-01";
        JsonNode byMonth = call("get_activity_summary", period(login, since, until).put("group_by", "month")
                .put("own_only", true), viewer);
        JsonNode byWeekday = call("get_activity_summary", period(login, since, until).put("group_by", "weekday")
                .put("own_only", true), viewer);
        JsonNode byHour = call("get_activity_summary", period(login, since, until).put("group_by", "hour")
                .put("own_only", true), viewer);
        JsonNode everyone = call("get_activity_summary", period(login, since, until).put("group_by", "year")
                .put("own_only", false), viewer);
        JsonNode ranking = call("rank_repos_by_activity", period(login, since, until).put("limit", TOP_REPOS), viewer);
        JsonNode stats = call("get_commit_stats", period(login, since, until).put("own_only", true), viewer);
        JsonNode people = call("list_collaborators", period(login, since, until).put("limit", COLLABORATORS), viewer);
        JsonNode created = call("list_repos", arguments(login).put("created_since", since).put("created_until", until)
                .put("sort", "oldest").put("limit", NEW_REPOS), viewer);
        store.timeZone = byMonth.path("time_zone").asString(store.timeZone);

        long[] months = new long[12];
        byMonth.path("series").forEach(p -> months[Integer.parseInt(p.get("period").asString().substring(5)) - 1] =
                p.get("commits").asLong());
        long[] weekdays = new long[7];
        byWeekday.path("series").forEach(p -> weekdays[DayOfWeek.valueOf(p.get("period").asString()
                .toUpperCase(Locale.ROOT)).getValue() - 1] = p.get("commits").asLong());
        long[] hours = new long[24];
        byHour.path("series").forEach(p -> hours[Integer.parseInt(p.get("period").asString())] = p.get("commits").asLong());

        JsonNode streak = byMonth.path("longest_streak");
        List<RepoYear> top = new ArrayList<>();
        ranking.path("ranking").forEach(r -> top.add(new RepoYear(r.get("repo").asString(), r.get("commits").asLong(),
                r.get("additions").asLong(), r.get("deletions").asLong(), r.get("active_days").asLong())));
        List<RepoActivity> touched = queries.activityByRepo(store.account.id(), store.privateVisible, new CommitFilter(
                List.of(), OptionalLong.of(epochDay(year)), OptionalLong.of(epochDay(year + 1)), Optional.empty(), true));
        List<NewRepo> newRepos = new ArrayList<>();
        created.path("repos").forEach(r -> newRepos.add(new NewRepo(r.get("name").asString(),
                text(r.get("language")), r.get("private").asBoolean(), r.get("fork").asBoolean())));
        List<Person> collaborators = new ArrayList<>();
        people.path("collaborators").forEach(p -> collaborators.add(new Person(p.get("name").asString(),
                text(p.get("login")), p.get("commits").asLong(), p.get("repos").asLong())));
        JsonNode largest = stats.path("largest_commit");
        Optional<CommitFact> biggest = largest.isObject() ? Optional.of(new CommitFact(largest.get("repo").asString(),
                largest.get("sha").asString(), largest.get("date").asString(), largest.get("message").asString(),
                largest.get("additions").asLong(), largest.get("deletions").asLong())) : Optional.empty();

        return new YearFacts(year, byMonth.get("commits").asLong(), everyone.get("commits").asLong(),
                byMonth.get("active_days").asLong(), new Streak(streak.path("days").asLong(0),
                        date(streak.get("start")), date(streak.get("end"))),
                Arrays.stream(months).boxed().toList(), busiest(byMonth), Arrays.stream(weekdays).boxed().toList(),
                busiest(byWeekday), Arrays.stream(hours).boxed().toList(), busiest(byHour),
                byMonth.path("additions").asLong(0), byMonth.path("deletions").asLong(0), touched.size(), top,
                languages(touched, store), created.get("total").asLong(), newRepos, biggest, collaborators,
                changes(year, store));
    }

    /**
     * Language shares of the year: each repository's language bytes (GitHub's linguist counts, as stored) split your
     * commits there, and the splits are summed over the repositories you committed to; repositories without language
     * data do not count.
     */
    private static List<LanguageShare> languages(List<RepoActivity> touched, Store store) {
        Map<String, Double> weights = new HashMap<>();
        double total = 0;
        for (RepoActivity activity : touched) {
            Long id = store.repoIds.get(activity.repo());
            Map<String, Long> bytes = id == null ? Map.of() : store.languages.getOrDefault(id, Map.of());
            long repoBytes = bytes.values().stream().mapToLong(Long::longValue).sum();
            if (repoBytes == 0 || activity.commits() == 0) {
                continue;
            }
            total += activity.commits();
            for (Map.Entry<String, Long> language : bytes.entrySet()) {
                weights.merge(language.getKey(), activity.commits() * (double) language.getValue() / repoBytes, Double::sum);
            }
        }
        double sum = total;
        return weights.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new LanguageShare(e.getKey(), Math.round(e.getValue() * 1000 / sum) / 10.0))
                .filter(share -> share.percent() > 0)
                .toList();
    }

    /** The repositories whose first announcing commit for a signal falls in {@code year} and whose tree has it now. */
    private static List<Change> changes(int year, Store store) {
        List<Change> changes = new ArrayList<>();
        for (Announcement announcement : store.announcements) {
            LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(announcement.authoredAt().getEpochSecond()
                    + announcement.utcOffsetMinutes() * 60L, 86_400L));
            SignalRow now = store.signals.get(announcement.repoId());
            if (day.getYear() == year && now != null && hasNow(now, announcement.signal())) {
                changes.add(new Change(announcement.repo(), announcement.signal().label(), day, announcement.sha(),
                        announcement.subject()));
            }
        }
        changes.sort(Comparator.comparing(Change::date).thenComparing(Change::repo, String.CASE_INSENSITIVE_ORDER));
        return changes;
    }

    private static boolean hasNow(SignalRow row, SignalHistory.Signal signal) {
        return switch (signal) {
            case CI -> row.hasCi();
            case TESTS -> row.hasTests();
            case DOCKER -> row.hasDocker();
            case LICENSE -> row.hasLicense();
        };
    }

    /** How each number is counted, for the page's notes: the report says what it did, not what it implies. */
    private static List<String> method(String timeZone) {
        return List.of(
                "Commits, active days, the streak, months, weekdays, hours, lines and top repositories count whole days "
                        + "in " + timeZone + ", as the get_activity_summary and rank_repos_by_activity tools do; "
                        + "\"yours\" are the commits made by you (your login or a known e-mail address), \"everyone's\" "
                        + "all commits to your repositories.",
                "The biggest commit (most lines added and deleted) and the collaborators are chosen among the commits "
                        + "authored in the calendar year in UTC, as get_commit_stats and list_collaborators select them.",
                "Languages are weighted by your commits, not by bytes you touched (the store keeps no per-file line "
                        + "counts): each repository's language bytes as GitHub counts them split your commits there, "
                        + "and the splits are added up.",
                "Engineering changes come from commit messages, since the store keeps each repository's current "
                        + "files but not their history: a repository gained CI, tests, Docker or a license in the year "
                        + "when its first commit announcing it (\"Add CI workflow\", \"feat: add Dockerfile\") was made "
                        + "that year and its files have it today.",
                "New repositories are those created in the year (UTC), forks included.",
                "The paragraph is written by a template from the numbers on this page and adds nothing to them; no "
                        + "language model is involved.");
    }

    private JsonNode call(String tool, ObjectNode arguments, ToolContext viewer) {
        return catalog.call(tool, arguments, viewer);
    }

    private static ObjectNode arguments(String login) {
        return JsonNodeFactory.instance.objectNode().put("username", login);
    }

    private static ObjectNode period(String login, String since, String until) {
        return arguments(login).put("since", since).put("until", until);
    }

    private static long epochDay(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    }

    private static Optional<Period> busiest(JsonNode summary) {
        JsonNode busiest = summary.get("busiest");
        return busiest == null || busiest.isNull() ? Optional.empty()
                : Optional.of(new Period(busiest.get("period").asString(), busiest.get("commits").asLong()));
    }

    private static Optional<String> text(JsonNode node) {
        return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asString());
    }

    private static Optional<LocalDate> date(JsonNode node) {
        return text(node).map(LocalDate::parse);
    }
}
