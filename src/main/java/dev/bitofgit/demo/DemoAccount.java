package dev.bitofgit.demo;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/** A generated GitHub account: what GitHub would hold for it, before any ingestion. */
public record DemoAccount(
        long id,
        String login,
        String name,
        String bio,
        List<String> emails,
        Instant createdAt,
        List<DemoRepo> repos) {

    public DemoAccount {
        requireNonNull(login, "login == null");
        requireNonNull(name, "name == null");
        requireNonNull(bio, "bio == null");
        emails = List.copyOf(emails);
        requireNonNull(createdAt, "createdAt == null");
        repos = List.copyOf(repos);
    }

    public String htmlUrl() {
        return "https://github.com/" + login;
    }

    public int commitCount() {
        return repos.stream().mapToInt(repo -> repo.commits().size()).sum();
    }
}
