package dev.bitofgit.store;

import static java.util.Objects.requireNonNull;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One account's repositories, commits, pull requests or issues as CSV (RFC 4180, a header row, ISO-8601 timestamps): for spreadsheets and
 * scripts. Commit times carry the author's own offset, as GitHub shows them; the rest are UTC.
 */
public final class AccountCsv {
    private final AccountStore accounts;
    private final RepositoryStore repositories;
    private final CommitStore commits;
    private final WorkStore work;

    public AccountCsv(Database database) {
        requireNonNull(database, "database == null");
        this.accounts = new AccountStore(database);
        this.repositories = new RepositoryStore(database);
        this.commits = new CommitStore(database);
        this.work = new WorkStore(database);
    }

    /** The pull requests of the account's repositories, then the ones it authored elsewhere. */
    public AccountArchive.Summary pullRequests(String login, boolean includePrivate, OutputStream out) throws IOException {
        Account account = account(login);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        row(writer, List.of("repository", "number", "title", "state", "draft", "author", "own", "labels", "additions",
                "deletions", "changed_files", "comments", "reviews", "created_at", "first_review_at", "merged_at",
                "closed_at"));
        List<String> keys = new ArrayList<>();
        repos(account, includePrivate).forEach(repo -> keys.add(repo.name().toLowerCase(Locale.ROOT)));
        keys.addAll(work.externalRepoKeys(account.id()));
        long count = 0;
        for (String key : keys) {
            for (PullRequest pr : work.pullRequests(account.id(), key)) {
                if (pr.externalPrivate() && !includePrivate) {
                    continue;
                }
                row(writer, List.of(pr.repoName(), String.valueOf(pr.number()), pr.title(),
                        pr.state().name().toLowerCase(Locale.ROOT), String.valueOf(pr.draft()),
                        pr.authorLogin().orElse(""), String.valueOf(pr.own()), String.join(" ", pr.labels()),
                        String.valueOf(pr.additions()), String.valueOf(pr.deletions()),
                        String.valueOf(pr.changedFiles()), String.valueOf(pr.comments()),
                        String.valueOf(pr.reviews().size()), utc(pr.createdAt()),
                        pr.firstReviewAt().map(AccountCsv::utc).orElse(""), pr.mergedAt().map(AccountCsv::utc).orElse(""),
                        pr.closedAt().map(AccountCsv::utc).orElse("")));
                count++;
            }
        }
        writer.flush();
        return new AccountArchive.Summary(account.login(), keys.size(), count);
    }

    public AccountArchive.Summary issues(String login, boolean includePrivate, OutputStream out) throws IOException {
        Account account = account(login);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        row(writer, List.of("repository", "number", "title", "state", "state_reason", "author", "own", "labels",
                "comments", "created_at", "closed_at"));
        int repoCount = 0;
        long count = 0;
        for (Repository repo : repos(account, includePrivate)) {
            for (Issue issue : work.issues(account.id(), repo.name().toLowerCase(Locale.ROOT))) {
                row(writer, List.of(repo.name(), String.valueOf(issue.number()), issue.title(),
                        issue.state().name().toLowerCase(Locale.ROOT),
                        issue.stateReason().map(reason -> reason.toLowerCase(Locale.ROOT)).orElse(""),
                        issue.authorLogin().orElse(""), String.valueOf(issue.own()), String.join(" ", issue.labels()),
                        String.valueOf(issue.comments()), utc(issue.createdAt()),
                        issue.closedAt().map(AccountCsv::utc).orElse("")));
                count++;
            }
            repoCount++;
        }
        writer.flush();
        return new AccountArchive.Summary(account.login(), repoCount, count);
    }

    public AccountArchive.Summary repositories(String login, boolean includePrivate, OutputStream out) throws IOException {
        Account account = account(login);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        row(writer, List.of("name", "description", "html_url", "private", "fork", "archived", "default_branch",
                "language", "license", "stars", "forks", "open_issues", "topics", "created_at", "updated_at", "pushed_at"));
        int count = 0;
        for (Repository repo : repos(account, includePrivate)) {
            row(writer, List.of(repo.name(), repo.description().orElse(""), repo.htmlUrl(), String.valueOf(repo.isPrivate()),
                    String.valueOf(repo.fork()), String.valueOf(repo.archived()), repo.defaultBranch(),
                    repo.primaryLanguage().orElse(""), repo.licenseSpdx().orElse(""), String.valueOf(repo.stars()),
                    String.valueOf(repo.forks()), String.valueOf(repo.openIssues()), String.join(" ", repo.topics()),
                    utc(repo.createdAt()), utc(repo.updatedAt()), repo.pushedAt().map(AccountCsv::utc).orElse("")));
            count++;
        }
        writer.flush();
        return new AccountArchive.Summary(account.login(), count, 0);
    }

    public AccountArchive.Summary commits(String login, boolean includePrivate, OutputStream out) throws IOException {
        Account account = account(login);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        row(writer, List.of("repository", "sha", "authored_at", "committed_at", "author_name", "author_email",
                "author_login", "own", "merge", "additions", "deletions", "changed_files", "message"));
        int repoCount = 0;
        long commitCount = 0;
        for (Repository repo : repos(account, includePrivate)) {
            for (Commit commit : commits.listByRepo(repo.id())) {
                row(writer, List.of(repo.name(), commit.sha(),
                        commit.authoredAt().atOffset(ZoneOffset.ofTotalSeconds(commit.authorUtcOffsetMinutes() * 60)).toString(),
                        utc(commit.committedAt()), commit.authorName().orElse(""), commit.authorEmail().orElse(""),
                        commit.authorLogin().orElse(""), String.valueOf(commit.own()),
                        String.valueOf(commit.parentCount() > 1), String.valueOf(commit.additions()),
                        String.valueOf(commit.deletions()),
                        commit.changedFiles().isPresent() ? String.valueOf(commit.changedFiles().getAsInt()) : "",
                        commit.message()));
                commitCount++;
            }
            repoCount++;
        }
        writer.flush();
        return new AccountArchive.Summary(account.login(), repoCount, commitCount);
    }

    private Account account(String login) {
        return accounts.findByLogin(login)
                .orElseThrow(() -> new StoreException("account '" + login + "' is not in this store"));
    }

    private List<Repository> repos(Account account, boolean includePrivate) {
        return repositories.listByAccount(account.id()).stream().filter(repo -> includePrivate || !repo.isPrivate()).toList();
    }

    private static String utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toString();
    }

    private static void row(Writer writer, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            String cell = cells.get(i);
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                writer.write('"' + cell.replace("\"", "\"\"") + '"');
            } else {
                writer.write(cell);
            }
        }
        writer.write("\r\n");
    }
}
