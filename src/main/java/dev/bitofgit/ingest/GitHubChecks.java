package dev.bitofgit.ingest;

import dev.bitofgit.github.Conditional;
import dev.bitofgit.github.GitHubClient;
import dev.bitofgit.github.GitHubException;
import dev.bitofgit.github.GitHubListener;
import dev.bitofgit.github.GitHubUser;
import dev.bitofgit.ingest.IngestRejected.Reason;
import dev.bitofgit.store.Account;
import java.time.Instant;
import java.util.Optional;

/**
 * What is asked of GitHub before a job starts — who the user is, whose the token is — and the clients jobs talk to
 * GitHub through. GitHub's refusals become {@link IngestRejected} reasons here, once.
 */
final class GitHubChecks {
    private final IngestService.Config config;
    private final IngestJob.Stores stores;
    private final IngestHooks hooks;

    GitHubChecks(IngestService.Config config, IngestJob.Stores stores, IngestHooks hooks) {
        this.config = config;
        this.stores = stores;
        this.hooks = hooks;
    }

    /** A client whose traffic counts in the job's progress and in /metrics. */
    GitHubClient client(Optional<String> token, JobProgress progress) {
        GitHubListener both = new GitHubListener() {
            @Override
            public void onResponse(int status, boolean notModified, int rateLimitRemaining) {
                progress.onResponse(status, notModified, rateLimitRemaining);
                hooks.observer().response(status, notModified, rateLimitRemaining);
            }

            @Override
            public void onWaiting(Instant until, String reason) {
                progress.onWaiting(until, reason);
            }
        };
        return new GitHubClient(config.apiUrl(), config.graphqlUrl(), token, config.clientOptions(), both);
    }

    /** Present when the token (the request's, else GITHUB_TOKEN) is {@code login}'s own. */
    Optional<IngestService.ProvenOwner> proveOwner(Optional<String> token, String login, boolean byDefaultToken) {
        GitHubUser user = tokenOwner(token);
        if (!user.login().equalsIgnoreCase(login)) {
            return Optional.empty();
        }
        return Optional.of(new IngestService.ProvenOwner(user.id(), user.login(), byDefaultToken));
    }

    /** GET /user with the token, outside any job (its request still counts in /metrics). */
    GitHubUser tokenOwner(Optional<String> token) {
        GitHubClient client = new GitHubClient(config.apiUrl(), config.graphqlUrl(), token, config.clientOptions(),
                new GitHubListener() {
                    @Override
                    public void onResponse(int status, boolean notModified, int rateLimitRemaining) {
                        hooks.observer().response(status, notModified, rateLimitRemaining);
                    }

                    @Override
                    public void onWaiting(Instant until, String reason) {
                    }
                });
        try {
            return client.authenticatedUser(Optional.empty()).value().orElseThrow();
        } catch (GitHubException e) {
            throw rejected(e);
        }
    }

    /** Who the user is and whether the token is theirs; a refusal is the request's answer. */
    Preflight preflight(GitHubClient client, String login, Optional<String> token, boolean includePrivate) {
        try {
            Optional<Account> stored = stores.accounts().findByLogin(login);
            if (token.isPresent()) {
                GitHubUser owner = client.authenticatedUser(Optional.empty()).value().orElseThrow();
                if (owner.login().equalsIgnoreCase(login)) {
                    return new Preflight(owner, stored.isPresent(), includePrivate,
                            includePrivate ? Optional.empty() : Optional.of("private repositories excluded on request"),
                            Optional.empty(), Optional.of(owner));
                }
                return userPreflight(client, login, stored, Optional.of("the token belongs to " + owner.login()
                        + ", not " + login + "; only public data was ingested"));
            }
            return userPreflight(client, login, stored, Optional.empty());
        } catch (GitHubException e) {
            if (!e.isUnauthorized() && e.isNotFound()) {
                throw new IngestRejected(Reason.NO_SUCH_USER, "no GitHub user " + login);
            }
            throw rejected(e);
        }
    }

    private Preflight userPreflight(GitHubClient client, String login, Optional<Account> stored,
                                    Optional<String> note) {
        Optional<String> etag = stored.flatMap(account -> stores.etags().find(account.id(), "user"));
        Conditional<GitHubUser> answer = client.user(login, etag);
        if (answer.isNotModified() && stored.isPresent()) {
            Account account = stored.get();
            GitHubUser user = new GitHubUser(account.id(), account.nodeId().orElse(""), account.login(), account.name(),
                    account.bio(), Optional.empty(), account.htmlUrl(), account.avatarUrl(), account.createdAt());
            return new Preflight(user, true, false, note, Optional.empty(), Optional.empty());
        }
        GitHubUser user = answer.value()
                .orElseThrow(() -> new GitHubException(502, "GitHub sent 304 for an unknown user"));
        return new Preflight(user, false, false, note, answer.etag(), Optional.empty());
    }

    private static IngestRejected rejected(GitHubException e) {
        if (e.isUnauthorized()) {
            return new IngestRejected(Reason.TOKEN_REJECTED, "GitHub rejected the token");
        }
        return new IngestRejected(e.status() == 429 ? Reason.RATE_LIMITED : Reason.GITHUB_UNAVAILABLE,
                "GitHub could not be reached: " + e.getMessage());
    }
}
