package dev.bitofgit.eval;

import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoAccountGenerator;
import dev.bitofgit.demo.DemoCommit;
import dev.bitofgit.demo.DemoRepo;
import dev.bitofgit.demo.DemoSpec;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The bank's second account: a smaller generated one whose author travels. The generator gives each repository one
 * offset (-05:00, +01:00 or +02:00); here every month of commits moves to another zone — +05:30, -07:00, +09:00,
 * -03:00, +12:45, +03:00, -09:30 — keeping the local wall-clock time, so hours and even days differ between the
 * author's local calendar and UTC.
 *
 * <p>Its history ends two days before today: moving a late-evening commit west pushes its instant forward by up to
 * half a day, and no commit may lie in the server's future.
 */
final class TravellingAccount {
    static final String LOGIN = "nomad-coder";
    static final List<ZoneOffset> STOPS = List.of(ZoneOffset.of("+05:30"), ZoneOffset.of("-07:00"), ZoneOffset.of("+09:00"),
            ZoneOffset.of("-03:00"), ZoneOffset.of("+12:45"), ZoneOffset.of("+03:00"), ZoneOffset.of("-09:30"));

    private TravellingAccount() {
    }

    static DemoAccount generate(LocalDate today) {
        DemoAccount base = DemoAccountGenerator.generate(new DemoSpec(LOGIN, 4_711L, 10, 1_200, 3, today.minusDays(2)));
        DemoAccount travelled = base;
        for (DemoRepo repo : base.repos()) {
            List<DemoCommit> moved = new ArrayList<>();
            repo.commits().forEach(commit -> moved.add(relocate(commit)));
            moved.sort(Comparator.comparing((DemoCommit commit) -> commit.committedAt().toInstant()).reversed()
                    .thenComparing(DemoCommit::sha));
            travelled = travelled.withRepo(repo.id(), repo.withCommits(moved,
                    moved.isEmpty() ? repo.pushedAt() : moved.get(0).committedAt().toInstant()));
        }
        return travelled;
    }

    /** Where the author was in the month of this commit. */
    static ZoneOffset stopFor(OffsetDateTime authored) {
        int monthIndex = authored.getYear() * 12 + authored.getMonthValue();
        return STOPS.get(Math.floorMod(monthIndex * 3, STOPS.size()));
    }

    private static DemoCommit relocate(DemoCommit commit) {
        ZoneOffset stop = stopFor(commit.authoredAt());
        return new DemoCommit(commit.sha(), commit.parentCount(), commit.authorName(), commit.authorEmail(),
                commit.authorLogin(), commit.authoredAt().withOffsetSameLocal(stop),
                commit.committedAt().withOffsetSameLocal(stop), commit.message(), commit.additions(), commit.deletions(),
                commit.changedFiles());
    }
}
