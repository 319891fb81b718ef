package dev.bitofgit.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The read side the tools run on: every query is per account, honours private-repository visibility, and stays
 * portable between SQLite and PostgreSQL except full-text search, which has one branch per dialect. This class is the
 * door and holds the records the reads return; the SQL lives with its section: {@link RepositoryQueries} (accounts and
 * repositories), {@link CommitQueries} (commits, search and totals) and {@link ActivityQueries} (activity per day,
 * hour, repository and offset), all built on {@link CommitScope} and {@link Visibility}.
 */
public final class ProfileQueries {
    private final Database database;
    private final RepositoryQueries repositories;
    private final CommitQueries commits;
    private final ActivityQueries activity;

    public ProfileQueries(Database database) {
        this.database = requireNonNull(database, "database == null");
        this.repositories = new RepositoryQueries(database);
        this.commits = new CommitQueries(database);
        this.activity = new ActivityQueries(database);
    }

    /** The read side of pull requests, reviews and issues, on the same store. */
    public WorkQueries work() {
        return new WorkQueries(database);
    }

    /** One number per repository, for rankings by any measure, on the same store. */
    public RepoMeasures measures() {
        return new RepoMeasures(database, this);
    }

    // ------------------------------------------------------------------ records

    /** The account a tool call is about; {@code ingestedAt} empty while its first ingest is still running. */
    public record AccountRef(long id, String login, Optional<String> name, Optional<String> bio, String htmlUrl,
                             Optional<Instant> createdAt, Optional<Instant> ingestedAt) {
    }

    /** A repository with its commit totals (all and the account's own) and signal flags, for lists and overviews. */
    public record RepoSummary(long id, String name, Optional<String> description, String htmlUrl, boolean isPrivate,
                              boolean fork, boolean archived, String defaultBranch, Instant createdAt,
                              Optional<Instant> pushedAt, int stars, int forks, int openIssues, List<String> topics,
                              Optional<String> licenseSpdx, Optional<String> primaryLanguage, long commits,
                              long ownCommits, Optional<Instant> firstCommitAt, Optional<Instant> lastCommitAt,
                              int sizeKb) {
    }

    public record SignalRow(long repoId, String repo, List<String> ciSystems, boolean hasTests,
                            List<String> testFrameworks, boolean hasLint, boolean hasPrecommit, boolean hasDockerfile,
                            boolean hasCompose, boolean hasMakefile, boolean hasLicense, boolean hasCodeOfConduct,
                            boolean hasContributing, boolean hasSecurityPolicy, boolean hasIssueTemplates,
                            boolean hasPrTemplate, boolean hasChangelog, boolean hasDocs, int automationScore,
                            int codingStandardsScore, int organizationScore) {

        /** CI configured: any CI system detected. The one rule for "has CI" in tools, filters and reports. */
        public boolean hasCi() {
            return !ciSystems.isEmpty();
        }

        /** Docker: a Dockerfile or a compose file. The one rule for "has Docker" in filters, counts and reports. */
        public boolean hasDocker() {
            return hasDockerfile || hasCompose;
        }
    }

    public record CommitRow(String repo, String sha, Instant authoredAt, int utcOffsetMinutes, Optional<String> authorName,
                            Optional<String> authorLogin, boolean own, String message, int additions, int deletions,
                            int parentCount, OptionalInt changedFiles) {
    }

    public record Contributor(String name, Optional<String> login, long commits, boolean own) {
    }

    /** Commits per local calendar day (the author's own UTC offset), the unit every activity roll-up starts from. */
    public record DayActivity(long epochDay, long commits, long ownCommits, long additions, long deletions) {
    }

    public record HourActivity(int hour, long commits) {
    }

    public record RepoActivity(String repo, long commits, long ownCommits, long additions, long deletions,
                               long activeDays, Optional<Instant> lastCommitAt) {
    }

    public record ReadmeHit(String repo, String path, String content) {
    }

    /**
     * Which commits: of some repositories (none listed: all the caller may see), in [since, until), by one person,
     * the user's own only.
     */
    public record CommitFilter(List<Long> repoIds, OptionalLong since, OptionalLong until, Optional<String> author,
                               boolean ownOnly, CommitConditions conditions, boolean excludeBots) {
        public CommitFilter {
            repoIds = List.copyOf(repoIds);
            requireNonNull(conditions, "conditions == null");
        }

        /** Bots' commits included. */
        public CommitFilter(List<Long> repoIds, OptionalLong since, OptionalLong until, Optional<String> author,
                            boolean ownOnly, CommitConditions conditions) {
            this(repoIds, since, until, author, ownOnly, conditions, false);
        }

        /** Without conditions on single commits. */
        public CommitFilter(List<Long> repoIds, OptionalLong since, OptionalLong until, Optional<String> author,
                            boolean ownOnly) {
            this(repoIds, since, until, author, ownOnly, CommitConditions.NONE);
        }

        public CommitFilter withConditions(CommitConditions value) {
            return new CommitFilter(repoIds, since, until, author, ownOnly, value, excludeBots);
        }

        /** The same commits less the bots' (dependabot, renovate, github-actions, "[bot]" logins). */
        public CommitFilter withoutBots() {
            return new CommitFilter(repoIds, since, until, author, ownOnly, conditions, true);
        }

        /** One repository, or all. */
        public CommitFilter(Optional<Long> repoId, OptionalLong since, OptionalLong until, Optional<String> author,
                            boolean ownOnly) {
            this(repoId.map(List::of).orElse(List.of()), since, until, author, ownOnly);
        }

        public static CommitFilter all() {
            return new CommitFilter(List.of(), OptionalLong.empty(), OptionalLong.empty(), Optional.empty(), false);
        }

        /** Whether the commits are limited to some repositories. */
        public boolean someRepos() {
            return !repoIds.isEmpty();
        }
    }

    /** An account the store holds, for listing: no counts (they depend on who asks). */
    public record AccountListing(long id, String login, Optional<String> name, String source, Optional<Instant> ingestedAt) {
    }

    /** Totals over the commits a filter selects: merges, lines, distinct people, and the first, last and largest. */
    public record CommitStats(long commits, long merges, long additions, long deletions, long distinctAuthors,
                              long changedFiles, long commitsWithFileCounts, Optional<CommitRow> first,
                              Optional<CommitRow> last, Optional<CommitRow> largest, Optional<CommitRow> mostFiles) {
    }

    /** A person other than the account who committed to its repositories. */
    public record Collaborator(String name, Optional<String> login, long commits, long repos,
                               Optional<Instant> lastCommitAt, long additions, long deletions) {
    }

    /** How the collaborator list is ordered: most commits, most lines added, or the latest commit first. */
    public enum CollaboratorOrder { COMMITS, ADDITIONS, LATEST }

    /** One commit's instant and local offset, for grouping in a time zone the roll-ups were not built for. */
    public record CommitInstant(long authoredAt, int utcOffsetMinutes, boolean own, int additions, int deletions) {
    }

    /** Commits per kind of change ({@link CommitKinds}) and the messages' average length, over a filter's commits. */
    public record MessageStats(Map<String, Long> kinds, double averageLength, double averageFirstLineLength) {
    }

    /** Commits per UTC offset they were made at (minutes east of UTC), with the first and latest such commit. */
    public record OffsetUse(int offsetMinutes, long commits, Instant first, Instant last) {
    }

    // ------------------------------------------------------------------ accounts and repos

    /** Every account in the store, by login. */
    public List<AccountListing> accounts() {
        return repositories.accounts();
    }

    public Optional<AccountRef> account(String login) {
        return repositories.account(login);
    }

    /** All visible repositories of the account (the tools sort, filter and page them in memory: ≤ a few hundred). */
    public List<RepoSummary> repositories(long accountId, boolean includePrivate) {
        return repositories.repositories(accountId, includePrivate);
    }

    /** Bytes per language per visible repository id, most bytes first. */
    public Map<Long, Map<String, Long>> languages(long accountId, boolean includePrivate) {
        return repositories.languages(accountId, includePrivate);
    }

    public Map<Long, List<String>> technologies(long accountId, boolean includePrivate) {
        return repositories.technologies(accountId, includePrivate);
    }

    public Map<Long, SignalRow> signals(long accountId, boolean includePrivate) {
        return repositories.signals(accountId, includePrivate);
    }

    /** Ids of the account's repositories that have a README. */
    public Set<Long> reposWithReadme(long accountId) {
        return repositories.reposWithReadme(accountId);
    }

    public Optional<Readme> readme(long repoId) {
        return repositories.readme(repoId);
    }

    public List<Contributor> contributors(long repoId, int limit) {
        return repositories.contributors(repoId, limit);
    }

    /** The names of the account's repositories the caller may see, by id (what a search by meaning may return). */
    public Map<Long, String> visibleRepoNames(long accountId, boolean includePrivate) {
        return repositories.visibleRepoNames(accountId, includePrivate);
    }

    public List<ReadmeHit> searchReadmes(long accountId, boolean includePrivate, String terms, int limit) {
        return repositories.searchReadmes(accountId, includePrivate, terms, limit);
    }

    // ------------------------------------------------------------------ commits

    public List<CommitRow> timeline(long accountId, boolean includePrivate, CommitFilter filter, int limit, int offset) {
        return commits.timeline(accountId, includePrivate, filter, limit, offset);
    }

    /** The oldest commits first (the user's very first commit), with the same filters as {@link #timeline}. */
    public List<CommitRow> oldestFirst(long accountId, boolean includePrivate, CommitFilter filter, int limit, int offset) {
        return commits.oldestFirst(accountId, includePrivate, filter, limit, offset);
    }

    /** Full-text search over commit messages: FTS5 on SQLite, tsvector on PostgreSQL; best matches first. */
    public List<CommitRow> searchCommits(long accountId, boolean includePrivate, String terms, CommitFilter filter,
                                         int limit) {
        return commits.searchCommits(accountId, includePrivate, terms, filter, limit);
    }

    /** How many commits the full-text search matches in all ("how many commits mention refactor"), not one page. */
    public long countCommitMatches(long accountId, boolean includePrivate, String terms, CommitFilter filter) {
        return commits.countCommitMatches(accountId, includePrivate, terms, filter);
    }

    /** The given commits (repository id → shas) that the caller may see, with their repository's name; any order. */
    public List<CommitRow> commitsByKey(long accountId, boolean includePrivate, Map<Long, List<String>> shasByRepo) {
        return commits.commitsByKey(accountId, includePrivate, shasByRepo);
    }

    /** Commits per kind of change and the messages' average lengths, over a filter's commits. */
    public MessageStats messageStats(long accountId, boolean includePrivate, CommitFilter filter) {
        return commits.messageStats(accountId, includePrivate, filter);
    }

    /** Totals and the first, latest and largest commits; the commit that changed most files only when asked. */
    public CommitStats commitStats(long accountId, boolean includePrivate, CommitFilter filter, boolean mostFiles) {
        return commits.commitStats(accountId, includePrivate, filter, mostFiles);
    }

    /**
     * One number per repository over the commits a filter selects (its conditions included): {@code expression} is
     * an aggregate over the commits table aliased {@code c}, e.g. COUNT(*) or SUM(c.additions). Repositories
     * without such commits are absent.
     */
    public Map<String, Long> perRepo(long accountId, boolean includePrivate, CommitFilter filter, String expression) {
        return commits.perRepo(accountId, includePrivate, filter, expression);
    }

    /** How many different people committed to each repository (the user counts once), over the filter. */
    public Map<String, Long> peoplePerRepo(long accountId, boolean includePrivate, CommitFilter filter) {
        return commits.peoplePerRepo(accountId, includePrivate, filter);
    }

    /** People other than the account, most commits first, over the commits the filter selects. */
    public List<Collaborator> collaborators(long accountId, boolean includePrivate, CommitFilter filter, int limit) {
        return collaborators(accountId, includePrivate, filter, CollaboratorOrder.COMMITS, limit);
    }

    public List<Collaborator> collaborators(long accountId, boolean includePrivate, CommitFilter filter,
                                            CollaboratorOrder order, int limit) {
        return commits.collaborators(accountId, includePrivate, filter, order, limit);
    }

    // ------------------------------------------------------------------ activity

    /**
     * Commits per local day from the roll-ups. {@code since}/{@code until} select whole days: a commit counts on the
     * author's local calendar day, which is how people count "commits in 2024".
     */
    public List<DayActivity> activityByDay(long accountId, boolean includePrivate, CommitFilter filter) {
        return activity.activityByDay(accountId, includePrivate, filter);
    }

    /**
     * The user's own commits and lines per local day, from the per-repo roll-ups (the account roll-up does not keep
     * own lines). Rows are the user's own only: {@code commits} and {@code ownCommits} are both the own count.
     */
    public List<DayActivity> ownActivityByDay(long accountId, boolean includePrivate, CommitFilter filter) {
        return activity.ownActivityByDay(accountId, includePrivate, filter);
    }

    /**
     * Activity per UTC calendar day from the UTC roll-up (everyone's commits and lines, or the user's own when
     * {@code ownOnly}); {@code since}/{@code until} select whole UTC days. Not for author filters.
     */
    public List<DayActivity> activityByUtcDay(long accountId, boolean includePrivate, CommitFilter filter) {
        return activity.activityByUtcDay(accountId, includePrivate, filter);
    }

    /** Days on which the user made at least one commit. */
    public long ownActiveDays(long accountId, boolean includePrivate) {
        return activity.ownActiveDays(accountId, includePrivate);
    }

    public List<HourActivity> activityByHour(long accountId, boolean includePrivate, CommitFilter filter) {
        return activity.activityByHour(accountId, includePrivate, filter);
    }

    /** Activity per repo over whole local days, from the roll-ups; {@code ownOnly} counts the user's commits only. */
    public List<RepoActivity> activityByRepo(long accountId, boolean includePrivate, CommitFilter filter) {
        return activity.activityByRepo(accountId, includePrivate, filter);
    }

    /** Commits per UTC offset they were made at (minutes east of UTC), with the first and latest such commit. */
    public List<OffsetUse> offsets(long accountId, boolean includePrivate, CommitFilter filter) {
        return activity.offsets(accountId, includePrivate, filter);
    }

    /**
     * Activity per calendar day at a fixed UTC offset (UTC itself, "+05:30"), grouped in SQL: the whole account's
     * commits never leave the database. {@code ownOnly} counts and sums the user's own commits only.
     */
    public List<DayActivity> activityByDayAtOffset(long accountId, boolean includePrivate, CommitFilter filter,
                                                   int offsetSeconds) {
        return activity.activityByDayAtOffset(accountId, includePrivate, filter, offsetSeconds);
    }

    /** Commits per hour of the day at a fixed UTC offset, grouped in SQL. */
    public List<HourActivity> activityByHourAtOffset(long accountId, boolean includePrivate, CommitFilter filter,
                                                     int offsetSeconds) {
        return activity.activityByHourAtOffset(accountId, includePrivate, filter, offsetSeconds);
    }

    /**
     * Commits per hour of the day over all time, from the hourly roll-up: in each commit's own zone, or in UTC.
     * Only for filters without a period or an author (the roll-up keeps neither).
     */
    public List<HourActivity> hoursFromRollup(long accountId, boolean includePrivate, List<Long> repoIds,
                                              boolean utc, boolean ownOnly) {
        return activity.hoursFromRollup(accountId, includePrivate, repoIds, utc, ownOnly);
    }

    /** Every selected commit's instant and offset (for activity in an explicit time zone), oldest first. */
    public List<CommitInstant> commitInstants(long accountId, boolean includePrivate, CommitFilter filter) {
        return activity.commitInstants(accountId, includePrivate, filter);
    }
}
