package dev.bitofgit.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Generates a repository's pull requests (with reviews) and issues, and the pull requests an account authored in
 * other people's repositories. Drawn from a random stream of its own (seeded by the spec's seed and the repository
 * id), so adding this work left every commit and repository of earlier generated accounts exactly as it was.
 *
 * <p>About 0.135 pull requests and 0.1 issues per commit: the 150,000-commit benchmark account gets ~20,000 and
 * ~15,000. The repository's open-issue count (GitHub counts open pull requests in it) is the number left open here.
 */
final class DemoWorkGenerator {
    static final List<String> REVIEWERS = List.of("monalisa", "hubot", "adabyte", "linusbranch");
    private static final List<String> REPORTERS = List.of("monalisa", "hubot", "adabyte", "linusbranch", "octocat",
            "defunkt", "mojombo", "pjhyett");
    private static final List<String> VERBS = List.of("Add", "Fix", "Update", "Refactor", "Remove", "Improve",
            "Implement", "Support");
    private static final List<String> THINGS = List.of("pagination", "retry logic", "config loading",
            "error messages", "caching", "logging", "auth flow", "CLI flags", "database migrations", "rate limiting",
            "input validation", "CSV export", "dark mode", "date parsing", "metrics");
    private static final List<String> PR_LABELS = List.of("bug", "enhancement", "dependencies", "documentation",
            "refactor");
    private static final List<String> ISSUE_LABELS = List.of("bug", "enhancement", "question", "good first issue",
            "help wanted");
    private static final List<String> UPSTREAMS = List.of("spring-projects/spring-boot", "python/cpython",
            "rust-lang/cargo", "golang/go", "facebook/react", "kubernetes/kubectl", "apache/kafka", "nodejs/node");

    /** A repository's generated work; both lists newest update first, as GitHub pages them. */
    record Work(List<DemoPullRequest> pullRequests, List<DemoIssue> issues, int open) {
    }

    /** The fields of a pull request or issue while numbers and links are worked out. */
    private static final class Draft {
        final boolean pull;
        Instant created;
        int number;
        String author;
        String state = "CLOSED";
        Optional<Instant> closed = Optional.empty();
        Optional<Instant> merged = Optional.empty();
        List<DemoReview> reviews = new ArrayList<>();
        final List<Integer> closes = new ArrayList<>();
        Optional<String> reason = Optional.empty();
        String title;
        List<String> labels;
        int comments;
        int additions;
        int deletions;
        boolean draft;

        Draft(boolean pull) {
            this.pull = pull;
        }
    }

    private DemoWorkGenerator() {
    }

    static Work repo(long seed, long repoId, String owner, String repo, boolean fork, int commits, Instant created,
                     Instant lastActivity, Instant end, int openTarget) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + repoId);
        double scale = fork ? 0.1 : random.nextDouble(0.5, 1.5);
        int pulls = (int) Math.round(commits * 0.135 * scale);
        int issues = (int) Math.round(commits * 0.1 * (fork ? 0.1 : random.nextDouble(0.5, 1.5)));
        Instant until = lastActivity.isAfter(created) ? lastActivity : end;
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < pulls + issues; i++) {
            Draft draft = new Draft(i < pulls);
            draft.created = between(random, created, until);
            drafts.add(draft);
        }
        drafts.sort(Comparator.comparing((Draft d) -> d.created));
        for (int i = 0; i < drafts.size(); i++) {
            drafts.get(i).number = i + 1;
        }
        // The newest items are the likeliest to be open, as in real repositories.
        int open = 0;
        for (int i = drafts.size() - 1; i >= 0 && open < openTarget; i--) {
            if (random.nextInt(10) < 6) {
                drafts.get(i).state = "OPEN";
                open++;
            }
        }
        for (Draft draft : drafts) {
            if (draft.pull) {
                pull(random, draft, owner, repo, repoId, end);
            } else {
                issue(random, draft, owner, end);
            }
        }
        // Some completed issues were closed by a merged pull request opened after them.
        List<Draft> merged = drafts.stream().filter(d -> d.pull && d.merged.isPresent()).toList();
        for (Draft issue : drafts) {
            if (issue.pull || !issue.state.equals("CLOSED") || !issue.reason.equals(Optional.of("COMPLETED"))
                    || random.nextInt(10) >= 4) {
                continue;
            }
            merged.stream().filter(pr -> pr.created.isAfter(issue.created) && pr.closes.size() < 2).findFirst()
                    .ifPresent(pr -> {
                        pr.closes.add(issue.number);
                        issue.closed = pr.merged;
                    });
        }
        List<DemoPullRequest> pullRequests = new ArrayList<>();
        List<DemoIssue> issueList = new ArrayList<>();
        for (Draft draft : drafts) {
            Instant updated = updated(draft);
            if (draft.pull) {
                pullRequests.add(new DemoPullRequest(owner, repo, false, draft.number, draft.title,
                        "This pull request " + draft.title.toLowerCase(Locale.ROOT) + ".\n\nTested locally.",
                        draft.state, draft.draft, draft.author, draft.labels, "main", "feature/" + draft.number,
                        draft.additions, draft.deletions, 1 + (draft.additions + draft.deletions) / 80,
                        draft.comments, draft.created, updated, draft.closed, draft.merged, draft.reviews,
                        draft.closes));
            } else {
                issueList.add(new DemoIssue(draft.number, draft.title, "Steps to reproduce: run it with "
                        + draft.title.toLowerCase(Locale.ROOT) + ".", draft.state, draft.reason,
                        draft.author, draft.labels, draft.comments, draft.created, updated, draft.closed));
            }
        }
        pullRequests.sort(Comparator.comparing(DemoPullRequest::updatedAt).reversed()
                .thenComparing(DemoPullRequest::number, Comparator.reverseOrder()));
        issueList.sort(Comparator.comparing(DemoIssue::updatedAt).reversed()
                .thenComparing(DemoIssue::number, Comparator.reverseOrder()));
        return new Work(pullRequests, issueList, open);
    }

    /** Pull requests the account authored in other people's repositories: one in five of them private. */
    static List<DemoPullRequest> elsewhere(long seed, String login, int count, Instant start, Instant end) {
        SplittableRandom random = new SplittableRandom(seed * 7_919L + 17);
        List<DemoPullRequest> pulls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean secret = i % 5 == 2;
            String full = secret ? "acme-corp/internal-tools" : UPSTREAMS.get(random.nextInt(UPSTREAMS.size()));
            Draft draft = new Draft(true);
            draft.created = between(random, start, end);
            draft.number = 1_000 + random.nextInt(40_000);
            draft.state = random.nextInt(10) < 2 ? "OPEN" : "CLOSED";
            pull(random, draft, full.substring(0, full.indexOf('/')), full.substring(full.indexOf('/') + 1), i, end);
            pulls.add(new DemoPullRequest(full.substring(0, full.indexOf('/')), full.substring(full.indexOf('/') + 1),
                    secret, draft.number, draft.title, "Upstream fix: " + draft.title + ".", draft.state, draft.draft,
                    login, draft.labels, "main", login + ":patch-" + i, draft.additions, draft.deletions,
                    1 + (draft.additions + draft.deletions) / 80, draft.comments, draft.created, updated(draft),
                    draft.closed, draft.merged, draft.reviews, List.of()));
        }
        pulls.sort(Comparator.comparing(DemoPullRequest::updatedAt).reversed());
        return pulls;
    }

    private static void pull(SplittableRandom random, Draft draft, String owner, String repo, long repoId, Instant end) {
        draft.author = random.nextInt(100) < 65 ? owner : REVIEWERS.get(random.nextInt(REVIEWERS.size()));
        draft.title = VERBS.get(random.nextInt(VERBS.size())) + " " + THINGS.get(random.nextInt(THINGS.size()));
        draft.labels = random.nextInt(3) == 0 ? List.of(PR_LABELS.get(random.nextInt(PR_LABELS.size()))) : List.of();
        draft.comments = random.nextInt(0, 9);
        draft.additions = (int) Math.min(5_000, Math.floor(Math.exp(random.nextDouble() * 6.5)));
        draft.deletions = (int) Math.min(3_000, Math.floor(Math.exp(random.nextDouble() * 5.0)) - 1);
        boolean open = draft.state.equals("OPEN");
        draft.draft = open && random.nextInt(5) == 0;
        int reviewCount = draft.draft ? 0 : random.nextInt(0, 4);
        Instant at = draft.created.plus(hours(random, 9));
        for (int k = 0; k < reviewCount && at.isBefore(end); k++) {
            String reviewer = draft.author.equals(owner)
                    ? REVIEWERS.get(random.nextInt(REVIEWERS.size()))
                    : (k == 0 || random.nextBoolean() ? owner : REVIEWERS.get(random.nextInt(REVIEWERS.size())));
            if (reviewer.equals(draft.author)) {
                reviewer = owner.equals(draft.author) ? REVIEWERS.get(0) : owner;
            }
            int roll = random.nextInt(100);
            String state = roll < 55 ? "APPROVED" : roll < 85 ? "COMMENTED" : "CHANGES_REQUESTED";
            draft.reviews.add(new DemoReview("PRR_" + repoId + "_" + draft.number + "_" + k, reviewer, state, at));
            at = at.plus(hours(random, 6));
        }
        if (!open) {
            Instant done = (draft.reviews.isEmpty() ? draft.created : draft.reviews.get(draft.reviews.size() - 1)
                    .submittedAt()).plus(hours(random, 20));
            if (done.isAfter(end)) {
                done = end;
            }
            draft.closed = Optional.of(done);
            if (random.nextInt(100) < 85) {
                draft.state = "MERGED";
                draft.merged = Optional.of(done);
            }
        }
    }

    private static void issue(SplittableRandom random, Draft draft, String owner, Instant end) {
        draft.author = random.nextBoolean() ? owner : REPORTERS.get(random.nextInt(REPORTERS.size()));
        String thing = THINGS.get(random.nextInt(THINGS.size()));
        draft.title = random.nextBoolean() ? thing.substring(0, 1).toUpperCase(Locale.ROOT)
                + thing.substring(1) + " fails on empty input" : "Support " + thing + " in the CLI";
        draft.labels = random.nextInt(2) == 0 ? List.of(ISSUE_LABELS.get(random.nextInt(ISSUE_LABELS.size()))) : List.of();
        draft.comments = random.nextInt(0, 12);
        if (draft.state.equals("CLOSED")) {
            Instant closed = draft.created.plus(hours(random, 24 * 12));
            draft.closed = Optional.of(closed.isAfter(end) ? end : closed);
            draft.reason = Optional.of(random.nextInt(10) < 8 ? "COMPLETED" : "NOT_PLANNED");
        }
    }

    private static Instant updated(Draft draft) {
        Instant updated = draft.created;
        for (DemoReview review : draft.reviews) {
            updated = review.submittedAt().isAfter(updated) ? review.submittedAt() : updated;
        }
        if (draft.closed.isPresent() && draft.closed.get().isAfter(updated)) {
            updated = draft.closed.get();
        }
        return updated.plusSeconds(draft.number % 60);
    }

    /** An exponential wait with this mean, in whole seconds (at least a minute). */
    private static Duration hours(SplittableRandom random, double meanHours) {
        return Duration.ofSeconds(60 + (long) (-Math.log(1 - random.nextDouble()) * meanHours * 3_600));
    }

    private static Instant between(SplittableRandom random, Instant from, Instant to) {
        long span = Math.max(1, to.getEpochSecond() - from.getEpochSecond());
        return Instant.ofEpochSecond(from.getEpochSecond() + (long) (random.nextDouble() * span));
    }
}
