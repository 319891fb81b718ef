package dev.bitofgit.tools;

import dev.bitofgit.store.ProfileQueries;
import dev.bitofgit.store.ProfileQueries.CommitFilter;
import dev.bitofgit.store.ProfileQueries.RepoSummary;
import dev.bitofgit.store.ProfileQueries.SignalRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The repository filters of {@code list_repos}, composed: every filter given must hold. Signals, languages,
 * technologies and commit periods are read from the store only when a filter needs them.
 */
final class RepoFilter {
    private final List<Predicate<RepoSummary>> conditions = new ArrayList<>();

    RepoFilter(Scope scope, ToolArguments args) {
        ProfileQueries queries = scope.queries();
        long accountId = scope.accountId();
        boolean includePrivate = scope.privateVisible();
        args.optionalString("language").ifPresent(language -> {
            Map<Long, Map<String, Long>> bytes = scope.languages();
            conditions.add(repo -> repo.primaryLanguage().map(l -> l.equalsIgnoreCase(language)).orElse(false)
                    || bytes.getOrDefault(repo.id(), Map.of()).keySet().stream().anyMatch(l -> l.equalsIgnoreCase(language)));
        });
        args.optionalString("primary_language").ifPresent(language -> conditions.add(repo ->
                repo.primaryLanguage().map(l -> l.equalsIgnoreCase(language)).orElse(false)));
        args.optionalString("tech_stack").ifPresent(tech -> {
            Map<Long, List<String>> technologies = scope.technologies();
            conditions.add(repo -> technologies.getOrDefault(repo.id(), List.of()).stream()
                    .anyMatch(t -> t.equalsIgnoreCase(tech))
                    || repo.primaryLanguage().map(l -> l.equalsIgnoreCase(tech)).orElse(false));
        });
        String visibility = args.choice("visibility");
        if (!visibility.equals("all")) {
            boolean wantPrivate = visibility.equals("private");
            conditions.add(repo -> repo.isPrivate() == wantPrivate);
        }
        Optional<Boolean> fork = args.optionalBool("fork");
        if (fork.isPresent()) {
            conditions.add(repo -> repo.fork() == fork.get());
        } else if (!args.bool("include_forks")) {
            conditions.add(repo -> !repo.fork());
        }
        Optional<Boolean> archived = args.optionalBool("archived");
        if (archived.isPresent()) {
            conditions.add(repo -> repo.archived() == archived.get());
        } else if (!args.bool("include_archived")) {
            conditions.add(repo -> !repo.archived());
        }
        signal(scope, args, "has_ci", SignalRow::hasCi);
        signal(scope, args, "has_tests", SignalRow::hasTests);
        signal(scope, args, "has_docker", SignalRow::hasDocker);
        signal(scope, args, "has_compose", SignalRow::hasCompose);
        signal(scope, args, "has_license", SignalRow::hasLicense);
        signal(scope, args, "has_lint", SignalRow::hasLint);
        signal(scope, args, "has_makefile", SignalRow::hasMakefile);
        signal(scope, args, "has_changelog", SignalRow::hasChangelog);
        signal(scope, args, "has_contributing", SignalRow::hasContributing);
        signal(scope, args, "has_security_policy", SignalRow::hasSecurityPolicy);
        signal(scope, args, "has_code_of_conduct", SignalRow::hasCodeOfConduct);
        args.optionalString("default_branch").ifPresent(branch -> conditions.add(repo ->
                repo.defaultBranch().equalsIgnoreCase(branch)));
        int minStars = args.integer("min_stars");
        int maxStars = args.integer("max_stars");
        int minForks = args.integer("min_forks");
        if (minStars > 0 || maxStars < 1_000_000) {
            conditions.add(repo -> repo.stars() >= minStars && repo.stars() <= maxStars);
        }
        if (minForks > 0) {
            conditions.add(repo -> repo.forks() >= minForks);
        }
        args.optionalBool("has_readme").ifPresent(wanted -> {
            Set<Long> withReadme = queries.reposWithReadme(accountId);
            conditions.add(repo -> withReadme.contains(repo.id()) == wanted);
        });
        args.optionalString("license").ifPresent(license -> conditions.add(repo ->
                repo.licenseSpdx().map(l -> l.equalsIgnoreCase(license)).orElse(false)));
        args.optionalString("topic").ifPresent(topic -> conditions.add(repo ->
                repo.topics().stream().anyMatch(t -> t.equalsIgnoreCase(topic))));
        OptionalLong createdSince = args.instant("created_since");
        OptionalLong createdUntil = args.instant("created_until");
        createdSince.ifPresent(since -> conditions.add(repo -> repo.createdAt().getEpochSecond() >= since));
        createdUntil.ifPresent(until -> conditions.add(repo -> repo.createdAt().getEpochSecond() < until));
        OptionalLong committedSince = args.instant("committed_since");
        OptionalLong committedUntil = args.instant("committed_until");
        if (committedSince.isPresent() || committedUntil.isPresent()) {
            Set<String> active = new HashSet<>();
            queries.activityByRepo(accountId, includePrivate, new CommitFilter(Optional.empty(), committedSince,
                    committedUntil, Optional.empty(), true)).forEach(activity -> active.add(activity.repo()));
            conditions.add(repo -> active.contains(repo.name()));
        }
        args.instant("no_commits_since").ifPresent(before -> conditions.add(repo ->
                repo.lastCommitAt().map(Instant::getEpochSecond).map(last -> last < before).orElse(true)));
    }

    private void signal(Scope scope, ToolArguments args, String name, Predicate<SignalRow> has) {
        Optional<Boolean> wanted = args.optionalBool(name);
        if (wanted.isEmpty()) {
            return;
        }
        Map<Long, SignalRow> signals = scope.signals();
        // A repository without detected signals (empty, or still syncing) has none of them.
        conditions.add(repo -> {
            SignalRow row = signals.get(repo.id());
            return (row != null && has.test(row)) == wanted.get();
        });
    }

    List<RepoSummary> apply(List<RepoSummary> repos) {
        return repos.stream().filter(repo -> conditions.stream().allMatch(condition -> condition.test(repo))).toList();
    }
}
