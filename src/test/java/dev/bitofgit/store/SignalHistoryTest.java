package dev.bitofgit.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.store.SignalHistory.Signal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which commit subjects announce that a repository gained CI, tests, Docker or a license — and which do not. */
class SignalHistoryTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Add CI workflow|CI",
        "feat(ci): add GitHub Actions|CI",
        "Set up continuous integration|CI",
        "ci: setup travis|CI",
        "Added .github/workflows/build.yml workflow|CI",
        "Add unit tests|TESTS",
        "test: add pytest suite for the parser|TESTS",
        "Implement tests for login|TESTS",
        "Add Dockerfile|DOCKER",
        "chore: add docker-compose for local dev|DOCKER",
        "Add LICENSE|LICENSE",
        "docs: add MIT licence|LICENSE",
        "Add Dockerfile and CI workflow|DOCKER CI",
        "Fix CI workflow|",
        "Update Dockerfile|",
        "fix flaky test|",
        "Remove license header|",
        "Add caching|",
        "Add pricing page|",
        "chore(deps): bump junit from 1.2.0 to 1.12.0|",
        "Merge pull request #3 from hubot/add-ci-workflow|",
        "Handle testing edge cases|",
        "Address review: add checks|",
    })
    void announcedBy(String subject, String expected) {
        List<Signal> announced = Arrays.stream(Signal.values()).filter(signal -> signal.announcedBy(subject)).toList();
        List<Signal> wanted = expected == null ? List.of()
                : Arrays.stream(expected.split(" ")).map(Signal::valueOf).sorted().toList();
        assertThat(announced).as(subject).isEqualTo(wanted);
    }
}
