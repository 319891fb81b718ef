package dev.bitofgit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoAccountGeneratorTest {
    private static final LocalDate END = LocalDate.of(2026, 11, 1);

    @Test
    void sameSpec_generatesTheSameAccount() {
        assertThat(DemoAccountGenerator.generate(DemoSpec.octoDemo(END)))
                .isEqualTo(DemoAccountGenerator.generate(DemoSpec.octoDemo(END)));
    }

    @Test
    void differentSeed_generatesDifferentData() {
        DemoAccount a = DemoAccountGenerator.generate(new DemoSpec("octo-demo", 1, 25, 4_500, 5, END));
        DemoAccount b = DemoAccountGenerator.generate(new DemoSpec("octo-demo", 2, 25, 4_500, 5, END));
        Set<String> shasA = a.repos().stream().flatMap(r -> r.commits().stream()).map(DemoCommit::sha).collect(Collectors.toSet());
        Set<String> shasB = b.repos().stream().flatMap(r -> r.commits().stream()).map(DemoCommit::sha).collect(Collectors.toSet());
        assertThat(a).isNotEqualTo(b);
        assertThat(shasA).doesNotContainAnyElementsOf(shasB);
    }

    @Test
    void demoAccount_isRealistic() {
        DemoAccount demo = DemoAccountGenerator.generate(DemoSpec.octoDemo(END));
        assertThat(demo.login()).isEqualTo("octo-demo");
        assertThat(demo.repos()).hasSize(25);
        assertThat(demo.commitCount()).isGreaterThanOrEqualTo(4_000);
        assertThat(demo.repos()).filteredOn(DemoRepo::fork).hasSize(1);
        assertThat(demo.repos()).filteredOn(DemoRepo::archived).isNotEmpty();
        assertThat(demo.repos().stream().map(r -> r.primaryLanguage().orElseThrow()).collect(Collectors.toSet()))
                .contains("Java", "Python", "TypeScript", "Go", "Rust", "Shell");
        assertThat(demo.repos().stream().map(DemoRepo::name).collect(Collectors.toSet())).hasSize(25);

        List<DemoCommit> all = demo.repos().stream().flatMap(r -> r.commits().stream()).toList();
        OffsetDateTime first = all.stream().map(DemoCommit::authoredAt).min(OffsetDateTime::compareTo).orElseThrow();
        OffsetDateTime last = all.stream().map(DemoCommit::authoredAt).max(OffsetDateTime::compareTo).orElseThrow();
        assertThat(Duration.between(first, last).toDays()).isGreaterThan(3 * 365);
        assertThat(last.toLocalDate()).isAfter(END.minusDays(30)).isBeforeOrEqualTo(END);

        Set<DayOfWeek> weekdays = all.stream().map(c -> c.authoredAt().getDayOfWeek()).collect(Collectors.toSet());
        assertThat(weekdays).hasSize(7);
        Set<Integer> hours = all.stream().map(c -> c.authoredAt().getHour()).collect(Collectors.toSet());
        assertThat(hours.size()).isGreaterThan(10);
        long weekend = all.stream().filter(c -> c.authoredAt().getDayOfWeek().getValue() >= 6).count();
        assertThat(weekend).isLessThan(all.size() / 4);

        Set<String> authors = all.stream().map(DemoCommit::authorName).collect(Collectors.toSet());
        assertThat(authors).contains("Octo Demo").hasSizeGreaterThanOrEqualTo(4);
        assertThat(all).anyMatch(c -> c.parentCount() == 2);
        assertThat(all).allMatch(c -> c.sha().matches("[0-9a-f]{40}"));
        assertThat(all.stream().map(DemoCommit::sha).collect(Collectors.toSet())).hasSize(all.size());
        assertThat(all).allMatch(c -> c.additions() >= 0 && c.deletions() >= 0 && c.changedFiles() >= 1);

        // Trees that make signal detection meaningful: some repos have each signal, some lack it.
        long withWorkflows = demo.repos().stream().filter(r -> r.files().stream().anyMatch(f -> f.startsWith(".github/workflows/"))).count();
        long withDocker = demo.repos().stream().filter(r -> r.files().contains("Dockerfile")).count();
        long withLicense = demo.repos().stream().filter(r -> r.files().contains("LICENSE")).count();
        assertThat(withWorkflows).isBetween(3L, 22L);
        assertThat(withDocker).isBetween(3L, 22L);
        assertThat(withLicense).isBetween(5L, 24L);
        assertThat(demo.repos()).anyMatch(r -> r.files().contains("CONTRIBUTING.md"));
        assertThat(demo.repos()).anyMatch(r -> r.files().contains(".pre-commit-config.yaml"));
        assertThat(demo.repos()).filteredOn(r -> r.readmePath().isPresent()).hasSizeGreaterThan(20);
    }

    @Test
    void commits_areNewestFirst() {
        DemoAccount demo = DemoAccountGenerator.generate(DemoSpec.octoDemo(END));
        for (DemoRepo repo : demo.repos()) {
            for (int i = 1; i < repo.commits().size(); i++) {
                assertThat(repo.commits().get(i - 1).committedAt().toInstant())
                        .isAfterOrEqualTo(repo.commits().get(i).committedAt().toInstant());
            }
        }
    }

    @Test
    void largeAccount_hasTheRequestedSize() {
        DemoAccount large = DemoAccountGenerator.generate(DemoSpec.large("big-user", 7, 300, 150_000, END));
        assertThat(large.repos()).hasSize(300);
        assertThat(large.commitCount()).isEqualTo(150_000);
        Set<String> names = new HashSet<>();
        large.repos().forEach(r -> names.add(r.name().toLowerCase()));
        assertThat(names).hasSize(300);
    }
}
