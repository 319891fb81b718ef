package dev.bitofgit.demo;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The demo account octo-demo, loaded once: the generated account is dated today, so an account loaded on an earlier
 * day is kept as it is — a restart never rewrites the user's demo data.
 */
public final class OctoDemo {
    private final DemoLoader loader;
    private final Clock clock;

    public OctoDemo(DemoLoader loader, Clock clock) {
        this.loader = requireNonNull(loader, "loader == null");
        this.clock = requireNonNull(clock, "clock == null");
    }

    /** Loads the account unless an earlier load left its commits in the store (idempotent either way). */
    public DemoLoader.Result load() {
        DemoSpec spec = DemoSpec.octoDemo(LocalDate.now(clock));
        return loader.alreadyStored(spec.login()).orElseGet(() -> loader.load(DemoAccountGenerator.generate(spec)));
    }
}
