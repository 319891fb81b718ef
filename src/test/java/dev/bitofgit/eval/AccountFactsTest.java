package dev.bitofgit.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoAccountGenerator;
import dev.bitofgit.demo.DemoCommit;
import dev.bitofgit.demo.DemoRepo;
import dev.bitofgit.demo.DemoSpec;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The oracles' own checks: the file-based signal rules agree with what the generator meant (its README says so), the
 * travelling account really travels, and every family fits the demo account.
 */
class AccountFactsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
    private static final DemoAccount DEMO = DemoAccountGenerator.generate(DemoSpec.octoDemo(TODAY));
    private static final DemoAccount TRAVELLING = TravellingAccount.generate(TODAY);

    @Test
    void signalRules_agreeWithWhatTheGeneratorWroteInEachReadme() {
        for (DemoAccount account : List.of(DEMO, TRAVELLING)) {
            for (DemoRepo repo : account.repos()) {
                String readme = repo.readmePath().map(path -> repo.fileContents().get(path)).orElse(null);
                if (readme == null) {
                    continue;
                }
                assertThat(AccountFacts.hasTests(repo)).as("tests of %s", repo.name())
                        .isEqualTo(readme.contains("Run the tests"));
                assertThat(AccountFacts.hasCi(repo)).as("CI of %s", repo.name())
                        .isEqualTo(readme.contains("continuous integration"));
                assertThat(AccountFacts.hasDocker(repo)).as("Docker of %s", repo.name())
                        .isEqualTo(readme.contains("Run it with Docker"));
            }
        }
    }

    @Test
    void frameworks_areReadFromManifests_notFromNames() {
        AccountFacts facts = new AccountFacts(DEMO, TODAY);

        Set<String> react = facts.names(repo -> AccountFacts.usesFramework(repo, "React"));

        assertThat(react).isNotEmpty().allSatisfy(name -> assertThat(DEMO.repos().stream()
                .filter(repo -> repo.name().equals(name)).findFirst().orElseThrow().primaryLanguage()).hasValue("TypeScript"));
        assertThat(react).doesNotContain("react-dashboard");
    }

    @Test
    void theTravellingAccount_commitsInManyZones_soLocalAndUtcDaysDiffer() {
        List<DemoCommit> commits = TRAVELLING.repos().stream().flatMap(repo -> repo.commits().stream()).toList();

        Set<ZoneOffset> offsets = commits.stream().map(commit -> commit.authoredAt().getOffset()).collect(Collectors.toSet());
        long differentDay = commits.stream().filter(commit -> !AccountFacts.localDay(commit).equals(AccountFacts.utcDay(commit)))
                .count();

        assertThat(offsets).hasSizeGreaterThanOrEqualTo(5).contains(ZoneOffset.of("+05:30"), ZoneOffset.of("-07:00"));
        assertThat(differentDay).isGreaterThan(commits.size() / 10);
        assertThat(commits).allSatisfy(commit -> assertThat(commit.committedAt().toInstant())
                .isBefore(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC)));
        for (DemoRepo repo : TRAVELLING.repos()) {
            for (int i = 1; i < repo.commits().size(); i++) {
                assertThat(repo.commits().get(i - 1).committedAt().toInstant())
                        .as("%s history newest first", repo.name())
                        .isAfterOrEqualTo(repo.commits().get(i).committedAt().toInstant());
            }
        }
    }

    @Test
    void everyFamily_fitsTheDemoAccount_andAMadeUpRepositoryIsNoTypoOfARealOne() {
        AccountFacts facts = new AccountFacts(DEMO, TODAY);

        for (QuestionFamily family : FamilyCatalog.all()) {
            assertThat(family.caseFor(facts)).as(family.id()).isPresent();
        }
        String missing = UnknownFamilies.missingName(facts).orElseThrow();
        assertThat(DEMO.repos()).allSatisfy(repo -> assertThat(UnknownFamilies.distance(missing, repo.name()))
                .isGreaterThan(4));
    }

    @Test
    void anyBytesAndPrimaryLanguage_areDifferentQuestions() {
        AccountFacts facts = new AccountFacts(DEMO, TODAY);
        String language = RepositoryFamilies.contrastLanguage(facts).orElseThrow();

        Set<String> any = facts.names(repo -> repo.languageBytes().containsKey(language));
        Set<String> mainly = facts.names(repo -> repo.primaryLanguage().filter(language::equals).isPresent());

        assertThat(any).containsAll(mainly).hasSizeGreaterThan(mainly.size());
        assertThat(mainly).isNotEmpty();
    }
}
