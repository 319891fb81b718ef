package dev.bitofgit.demo;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.store.Account;
import dev.bitofgit.store.AccountStore;
import dev.bitofgit.store.CommitStore;
import dev.bitofgit.store.RepositoryStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The demo account octo-demo, loaded once: the generated account is dated today, so an account loaded on an earlier
 * day is kept as it is — a restart never rewrites the user's demo data.
 */
public final class OctoDemo {
    private final AccountStore accounts;
    private final RepositoryStore repositories;
    private final CommitStore commits;
    private final DemoLoader loader;
    private final Clock clock;

    public OctoDemo(AccountStore accounts, RepositoryStore repositories, CommitStore commits, DemoLoader loader,
                    Clock clock) {
        this.accounts = requireNonNull(accounts, "accounts == null");
        this.repositories = requireNonNull(repositories, "repositories == null");
        this.commits = requireNonNull(commits, "commits == null");
        this.loader = requireNonNull(loader, "loader == null");
        this.clock = requireNonNull(clock, "clock == null");
    }

    /** Loads the account unless an earlier load left its commits in the store (idempotent either way). */
    public DemoLoader.Result load() {
        DemoSpec spec = DemoSpec.octoDemo(LocalDate.now(clock));
        Optional<Account> existing = accounts.findByLogin(spec.login());
        if (existing.isPresent()) {
            long stored = commits.countByAccount(existing.get().id());
            if (stored > 0) {
                return new DemoLoader.Result(spec.login(), repositories.countByAccount(existing.get().id()), stored, true);
            }
        }
        return loader.load(DemoAccountGenerator.generate(spec));
    }
}
