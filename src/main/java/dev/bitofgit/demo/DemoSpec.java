package dev.bitofgit.demo;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * What to generate: the same spec always yields the same account. {@code endDate} anchors the history
 * (the newest commit falls on or before it), so a spec with a fixed date is fully deterministic.
 */
public record DemoSpec(String login, long seed, int repoCount, int commitTarget, int years, LocalDate endDate) {
    public static final String DEMO_LOGIN = "octo-demo";
    public static final long DEMO_SEED = 20_240_917L;

    public DemoSpec {
        requireNonNull(login, "login == null");
        requireNonNull(endDate, "endDate == null");
        if (repoCount < 1) {
            throw new IllegalArgumentException("repoCount must be at least 1, got " + repoCount);
        }
        if (commitTarget < repoCount) {
            throw new IllegalArgumentException("commitTarget must be at least repoCount, got " + commitTarget);
        }
        if (years < 1) {
            throw new IllegalArgumentException("years must be at least 1, got " + years);
        }
    }

    /** The demo account: 25 repositories, about 4,500 commits over five years up to {@code endDate}. */
    public static DemoSpec octoDemo(LocalDate endDate) {
        return new DemoSpec(DEMO_LOGIN, DEMO_SEED, 25, 4_500, 5, endDate);
    }

    /** A large account for tests and benchmarks. */
    public static DemoSpec large(String login, long seed, int repoCount, int commitTarget, LocalDate endDate) {
        return new DemoSpec(login, seed, repoCount, commitTarget, 6, endDate);
    }
}
