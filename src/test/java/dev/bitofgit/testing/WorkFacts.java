package dev.bitofgit.testing;

import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoIssue;
import dev.bitofgit.demo.DemoPullRequest;
import dev.bitofgit.demo.DemoRepo;
import dev.bitofgit.demo.DemoReview;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Facts about a generated account's pull requests, reviews and issues, computed from the generator's data alone —
 * the oracle of the tool and answer tests, never the code under test.
 */
public final class WorkFacts {
    private final DemoAccount account;
    private final boolean includePrivate;

    public WorkFacts(DemoAccount account, boolean includePrivate) {
        this.account = account;
        this.includePrivate = includePrivate;
    }

    /** A pull request with the repository name the store shows for it. */
    public record Pull(String repo, DemoPullRequest pr) {
    }

    public record OpenIssue(String repo, DemoIssue issue) {
    }

    /** Every visible pull request: the account's repositories' and the account's own elsewhere. */
    public List<Pull> pulls() {
        List<Pull> pulls = new ArrayList<>();
        for (DemoRepo repo : account.repos()) {
            if (!repo.isPrivate() || includePrivate) {
                repo.pullRequests().forEach(pr -> pulls.add(new Pull(repo.name(), pr)));
            }
        }
        for (DemoPullRequest pr : account.externalPullRequests()) {
            if (!pr.repoPrivate() || includePrivate) {
                pulls.add(new Pull(pr.repoOwner() + "/" + pr.repoName(), pr));
            }
        }
        return pulls;
    }

    public List<Pull> mine() {
        return pulls().stream().filter(p -> p.pr().authorLogin().equalsIgnoreCase(account.login())).toList();
    }

    public static int year(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).getYear();
    }

    public long myMergedIn(int year) {
        return mine().stream().filter(p -> p.pr().mergedAt().map(at -> year(at) == year).orElse(false)).count();
    }

    /** Seconds from opening to merge of my pull requests merged in {@code year} (all years when null). */
    public List<Long> mySecondsToMerge(Integer year) {
        return mine().stream().filter(p -> p.pr().mergedAt().isPresent())
                .filter(p -> year == null || year(p.pr().mergedAt().get()) == year)
                .map(p -> p.pr().mergedAt().get().getEpochSecond() - p.pr().createdAt().getEpochSecond()).toList();
    }

    /** Nearest rank, written apart from the tools' own. */
    public static long nearestRank(List<Long> values, double fraction) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        int index = (int) Math.ceil(fraction * sorted.size()) - 1;
        return sorted.get(Math.max(index, 0));
    }

    public long reviewsGivenIn(int year) {
        return pulls().stream().flatMap(p -> p.pr().reviews().stream())
                .filter(r -> r.reviewerLogin().equalsIgnoreCase(account.login()) && year(r.submittedAt()) == year)
                .count();
    }

    /** Reviews my pull requests received, by reviewer, most first (ties by login). */
    public List<Map.Entry<String, Long>> reviewersOfMyCode() {
        Map<String, Long> counts = new TreeMap<>();
        for (Pull pull : mine()) {
            for (DemoReview review : pull.pr().reviews()) {
                if (!review.reviewerLogin().equalsIgnoreCase(account.login())) {
                    counts.merge(review.reviewerLogin(), 1L, Long::sum);
                }
            }
        }
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return sorted;
    }

    /** Open issues per visible repository, most first (ties by name), repositories with none left out. */
    public List<Map.Entry<String, Long>> openIssuesPerRepo() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (DemoRepo repo : account.repos()) {
            if (repo.isPrivate() && !includePrivate) {
                continue;
            }
            long open = repo.issues().stream().filter(issue -> issue.state().equals("OPEN")).count();
            if (open > 0) {
                counts.put(repo.name(), open);
            }
        }
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey(String.CASE_INSENSITIVE_ORDER)));
        return sorted;
    }

    public Optional<OpenIssue> oldestOpenIssue() {
        List<OpenIssue> open = new ArrayList<>();
        for (DemoRepo repo : account.repos()) {
            if (!repo.isPrivate() || includePrivate) {
                repo.issues().stream().filter(issue -> issue.state().equals("OPEN"))
                        .forEach(issue -> open.add(new OpenIssue(repo.name(), issue)));
            }
        }
        return open.stream().min(Comparator.comparing((OpenIssue o) -> o.issue().createdAt())
                .thenComparing(o -> o.repo().toLowerCase(java.util.Locale.ROOT)).thenComparing(o -> o.issue().number()));
    }

    /** Issues closed in {@code year} that a pull request of the same repository closed. */
    public long issuesClosedByPullRequestIn(int year) {
        return issuesClosedByPullRequestBetween(Instant.parse(year + "-01-01T00:00:00Z"),
                Instant.parse((year + 1) + "-01-01T00:00:00Z"));
    }

    /** Issues closed in [from, until) that a pull request of the same repository closed. */
    public long issuesClosedByPullRequestBetween(Instant from, Instant until) {
        long count = 0;
        for (DemoRepo repo : account.repos()) {
            if (repo.isPrivate() && !includePrivate) {
                continue;
            }
            for (DemoIssue issue : repo.issues()) {
                boolean linked = repo.pullRequests().stream().anyMatch(pr -> pr.closesIssues().contains(issue.number()));
                Instant closed = issue.closedAt().orElse(Instant.MAX);
                if (linked && issue.state().equals("CLOSED") && !closed.isBefore(from) && closed.isBefore(until)) {
                    count++;
                }
            }
        }
        return count;
    }
}
