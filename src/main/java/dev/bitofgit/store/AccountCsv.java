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
import java.util.List;

/**
 * One account's repositories or commits as CSV (RFC 4180, a header row, ISO-8601 timestamps): for spreadsheets and
 * scripts. Commit times carry the author's own offset, as GitHub shows them; the rest are UTC.
 */
public final class AccountCsv {
    private final AccountStore accounts;
    private final RepositoryStore repositories;
    private final CommitStore commits;

    public AccountCsv(Database database) {
        requireNonNull(database, "database == null");
        this.accounts = new AccountStore(database);
        this.repositories = new RepositoryStore(database);
        this.commits = new CommitStore(database);
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
