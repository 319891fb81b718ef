package dev.bitofgit.demo;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A generated GitHub account: what GitHub would hold for it, before any ingestion. {@code externalPullRequests} are
 * the pull requests it authored in other people's repositories.
 */
public record DemoAccount(
        long id,
        String login,
        String name,
        String bio,
        List<String> emails,
        Instant createdAt,
        List<DemoRepo> repos,
        List<DemoPullRequest> externalPullRequests) {

    public DemoAccount {
        requireNonNull(login, "login == null");
        requireNonNull(name, "name == null");
        requireNonNull(bio, "bio == null");
        emails = List.copyOf(emails);
        requireNonNull(createdAt, "createdAt == null");
        repos = List.copyOf(repos);
        externalPullRequests = List.copyOf(externalPullRequests);
    }

    /** GitHub's GraphQL node id of the account, derived from its numeric id as GitHub's legacy ids are. */
    public String nodeId() {
        return Base64.getEncoder().encodeToString(("04:User" + id).getBytes(StandardCharsets.UTF_8));
    }

    public String htmlUrl() {
        return "https://github.com/" + login;
    }

    /** A copy with one repository replaced (matched by id), or removed when {@code replacement} is null. */
    public DemoAccount withRepo(long repoId, DemoRepo replacement) {
        List<DemoRepo> changed = new ArrayList<>();
        for (DemoRepo repo : repos) {
            if (repo.id() != repoId) {
                changed.add(repo);
            } else if (replacement != null) {
                changed.add(replacement);
            }
        }
        return new DemoAccount(id, login, name, bio, emails, createdAt, changed, externalPullRequests);
    }

    public int commitCount() {
        return repos.stream().mapToInt(repo -> repo.commits().size()).sum();
    }
}
