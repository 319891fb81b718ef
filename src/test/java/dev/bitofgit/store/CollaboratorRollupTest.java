package dev.bitofgit.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoAccountGenerator;
import dev.bitofgit.demo.DemoLoader;
import dev.bitofgit.demo.DemoSpec;
import dev.bitofgit.store.ProfileQueries.CommitFilter;
import dev.bitofgit.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The collaborator list read from the per-repository author roll-up (repo_authors) is the list the commits
 * themselves give: for every filter the roll-up serves (all repositories or some, bots in or out, private visible
 * or not; each order), compared with the same query over the commits table (a period from 1970 on selects every commit but
 * takes the commits path), on both engines.
 */
class CollaboratorRollupTest {
    private static final DemoAccount DEMO = DemoAccountGenerator.generate(DemoSpec.octoDemo(LocalDate.of(2026, 11, 1)));

    @TempDir
    static Path dir;

    static Stream<String> engines() {
        return Stream.of(TestDatabases.sqlite(dir.resolve("c-" + System.nanoTime())), TestDatabases.freshPostgresSchema());
    }

    @ParameterizedTest
    @MethodSource("engines")
    void theRollupGivesTheListTheCommitsGive(String url) throws Exception {
        if (url.startsWith("jdbc:sqlite:")) {
            Files.createDirectories(Path.of(url.substring("jdbc:sqlite:".length())).getParent());
        }
        try (Database database = Database.open(url)) {
            new DemoLoader(new AccountStore(database), new RepositoryStore(database), new CommitStore(database),
                    new ActivityRollups(database), new WorkStore(database)).load(DEMO);
            ProfileQueries queries = new ProfileQueries(database);
            long account = DEMO.id();
            List<Long> someRepos = queries.repositories(account, true).stream().limit(3)
                    .map(ProfileQueries.RepoSummary::id).toList();
            for (boolean includePrivate : List.of(true, false)) {
                for (List<Long> repos : List.of(List.<Long>of(), someRepos)) {
                    for (boolean excludeBots : List.of(false, true)) {
                        CommitFilter rollup = new CommitFilter(repos, OptionalLong.empty(), OptionalLong.empty(),
                                Optional.empty(), false, CommitConditions.NONE, excludeBots);
                        CommitFilter commits = new CommitFilter(repos, OptionalLong.of(0), OptionalLong.empty(),
                                Optional.empty(), false, CommitConditions.NONE, excludeBots);
                        for (ProfileQueries.CollaboratorOrder order : ProfileQueries.CollaboratorOrder.values()) {
                            var fromRollup = queries.collaborators(account, includePrivate, rollup, order, 50);
                            var fromCommits = queries.collaborators(account, includePrivate, commits, order, 50);
                            assertThat(fromRollup).as("private %s, repos %s, no bots %s, %s", includePrivate, repos,
                                    excludeBots, order).hasSizeGreaterThan(2).isEqualTo(fromCommits);
                        }
                    }
                }
            }
        }
    }
}
