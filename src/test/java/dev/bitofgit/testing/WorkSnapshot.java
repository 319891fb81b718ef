package dev.bitofgit.testing;

import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoIssue;
import dev.bitofgit.demo.DemoPullRequest;
import dev.bitofgit.demo.DemoRepo;
import dev.bitofgit.demo.DemoReview;
import dev.bitofgit.store.Database;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Pull requests, reviews and issues read from a store with the test's own SQL, and the same lines computed from a
 * generated account, so an ingest or a load can be checked row by row against what GitHub (the stand-in) holds.
 */
public final class WorkSnapshot {
    private WorkSnapshot() {
    }

    /**
     * The requests pull requests and issues may cost an owner's first ingest: the probe (one per 100 repositories),
     * one page per 100 pull requests and per 100 issues of each repository, one per 100 pull requests the account
     * authored anywhere.
     */
    public static long requestBound(DemoAccount account) {
        long bound = (account.repos().size() + 99) / 100;
        long authored = account.externalPullRequests().size();
        for (DemoRepo repo : account.repos()) {
            bound += (repo.pullRequests().size() + 99) / 100 + (repo.issues().size() + 99) / 100;
            authored += repo.pullRequests().stream().filter(pr -> pr.authorLogin().equalsIgnoreCase(account.login()))
                    .count();
        }
        return bound + (authored + 99) / 100;
    }

    public static List<String> pullRequests(Database database, long accountId) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT repo_name, number, state, is_draft, author_login, is_own, title, labels, additions,
                               deletions, changed_files, comments, created_at, updated_at, closed_at, merged_at,
                               external_private, repo_id IS NULL AS elsewhere
                        FROM pull_requests WHERE account_id = :id
                        """)
                .bind("id", accountId)
                .map((rs, ctx) -> rs.getString(1) + "#" + rs.getInt(2) + "|" + rs.getString(3) + "|" + rs.getBoolean(4)
                        + "|" + rs.getString(5) + "|" + rs.getBoolean(6) + "|" + rs.getString(7) + "|"
                        + rs.getString(8).replace('\n', ',') + "|" + rs.getInt(9) + "|" + rs.getInt(10) + "|"
                        + rs.getInt(11) + "|" + rs.getInt(12) + "|" + rs.getLong(13) + "|" + rs.getLong(14) + "|"
                        + rs.getObject(15) + "|" + rs.getObject(16) + "|" + rs.getBoolean(17) + "|" + rs.getBoolean(18))
                .list()).stream().sorted().toList();
    }

    public static List<String> expectedPullRequests(DemoAccount account, boolean includePrivate) {
        TreeSet<String> lines = new TreeSet<>();
        for (DemoRepo repo : account.repos()) {
            if (!repo.isPrivate() || includePrivate) {
                repo.pullRequests().forEach(pr -> lines.add(line(account, repo.name(), pr, false)));
            }
        }
        for (DemoPullRequest pr : account.externalPullRequests()) {
            if (!pr.repoPrivate() || includePrivate) {
                lines.add(line(account, pr.repoOwner() + "/" + pr.repoName(), pr, true));
            }
        }
        return new ArrayList<>(lines);
    }

    private static String line(DemoAccount account, String repo, DemoPullRequest pr, boolean elsewhere) {
        return repo + "#" + pr.number() + "|" + pr.state() + "|" + pr.draft() + "|" + pr.authorLogin() + "|"
                + pr.authorLogin().equalsIgnoreCase(account.login()) + "|" + pr.title() + "|"
                + String.join(",", pr.labels()) + "|" + pr.additions() + "|" + pr.deletions() + "|" + pr.changedFiles()
                + "|" + pr.comments() + "|" + pr.createdAt().getEpochSecond() + "|" + pr.updatedAt().getEpochSecond()
                + "|" + pr.closedAt().map(at -> at.getEpochSecond()).orElse(null) + "|"
                + pr.mergedAt().map(at -> at.getEpochSecond()).orElse(null) + "|" + (elsewhere && pr.repoPrivate())
                + "|" + elsewhere;
    }

    public static List<String> reviews(Database database, long accountId) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT repo_name, pr_number, review_id, reviewer_login, state, submitted_at, by_account, on_own_pr
                        FROM pull_request_reviews WHERE account_id = :id
                        """)
                .bind("id", accountId)
                .map((rs, ctx) -> rs.getString(1) + "#" + rs.getInt(2) + "|" + rs.getString(3) + "|" + rs.getString(4)
                        + "|" + rs.getString(5) + "|" + rs.getLong(6) + "|" + rs.getBoolean(7) + "|" + rs.getBoolean(8))
                .list()).stream().sorted().toList();
    }

    public static List<String> expectedReviews(DemoAccount account, boolean includePrivate) {
        TreeSet<String> lines = new TreeSet<>();
        for (DemoRepo repo : account.repos()) {
            if (!repo.isPrivate() || includePrivate) {
                repo.pullRequests().forEach(pr -> reviewLines(account, repo.name(), pr, lines));
            }
        }
        for (DemoPullRequest pr : account.externalPullRequests()) {
            if (!pr.repoPrivate() || includePrivate) {
                reviewLines(account, pr.repoOwner() + "/" + pr.repoName(), pr, lines);
            }
        }
        return new ArrayList<>(lines);
    }

    private static void reviewLines(DemoAccount account, String repo, DemoPullRequest pr, TreeSet<String> lines) {
        for (DemoReview review : pr.reviews()) {
            lines.add(repo + "#" + pr.number() + "|" + review.id() + "|" + review.reviewerLogin() + "|" + review.state()
                    + "|" + review.submittedAt().getEpochSecond() + "|"
                    + review.reviewerLogin().equalsIgnoreCase(account.login()) + "|"
                    + pr.authorLogin().equalsIgnoreCase(account.login()));
        }
    }

    public static List<String> issues(Database database, long accountId) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT i.repo_name, i.number, i.state, i.state_reason, i.author_login, i.is_own, i.title,
                               i.labels, i.comments, i.created_at, i.updated_at, i.closed_at,
                               (SELECT MIN(c.pr_number) FROM pull_request_closes c WHERE c.account_id = i.account_id
                                  AND c.repo_key = i.repo_key AND c.issue_number = i.number) AS closed_by
                        FROM issues i WHERE i.account_id = :id
                        """)
                .bind("id", accountId)
                .map((rs, ctx) -> rs.getString(1) + "#" + rs.getInt(2) + "|" + rs.getString(3) + "|" + rs.getString(4)
                        + "|" + rs.getString(5) + "|" + rs.getBoolean(6) + "|" + rs.getString(7) + "|"
                        + rs.getString(8).replace('\n', ',') + "|" + rs.getInt(9) + "|" + rs.getLong(10) + "|"
                        + rs.getLong(11) + "|" + rs.getObject(12) + "|" + rs.getObject(13))
                .list()).stream().sorted().toList();
    }

    public static List<String> expectedIssues(DemoAccount account, boolean includePrivate) {
        TreeSet<String> lines = new TreeSet<>();
        for (DemoRepo repo : account.repos()) {
            if (repo.isPrivate() && !includePrivate) {
                continue;
            }
            for (DemoIssue issue : repo.issues()) {
                Integer closedBy = repo.pullRequests().stream().filter(pr -> pr.closesIssues().contains(issue.number()))
                        .map(DemoPullRequest::number).min(Integer::compare).orElse(null);
                lines.add(repo.name() + "#" + issue.number() + "|" + issue.state() + "|"
                        + issue.stateReason().orElse(null) + "|" + issue.authorLogin() + "|"
                        + issue.authorLogin().equalsIgnoreCase(account.login()) + "|" + issue.title() + "|"
                        + String.join(",", issue.labels()) + "|" + issue.comments() + "|"
                        + issue.createdAt().getEpochSecond() + "|" + issue.updatedAt().getEpochSecond() + "|"
                        + issue.closedAt().map(at -> at.getEpochSecond()).orElse(null) + "|" + closedBy);
            }
        }
        return new ArrayList<>(lines);
    }
}
