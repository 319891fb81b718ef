package dev.bitofgit.testing;

import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoCommit;
import dev.bitofgit.demo.DemoRepo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Facts about a generated account computed straight from the generator's data — never through the store or the
 * tools — so tool results can be checked against an independent source.
 */
public final class DemoFacts {
    private final DemoAccount account;

    public DemoFacts(DemoAccount account) {
        this.account = account;
    }

    public DemoAccount account() {
        return account;
    }

    /** A commit as the store holds it after a demo load: forks keep only the user's own commits. */
    public record Loaded(DemoRepo repo, DemoCommit commit, boolean own) {
        public LocalDate localDate() {
            return commit.authoredAt().toLocalDate();
        }
    }

    public boolean isOwn(DemoCommit commit) {
        return commit.authorLogin().map(login -> login.equalsIgnoreCase(account.login())).orElse(false)
                || account.emails().contains(commit.authorEmail().toLowerCase(Locale.ROOT));
    }

    public List<Loaded> loaded() {
        List<Loaded> all = new ArrayList<>();
        for (DemoRepo repo : account.repos()) {
            for (DemoCommit commit : repo.commits()) {
                boolean own = isOwn(commit);
                if (!repo.fork() || own) {
                    all.add(new Loaded(repo, commit, own));
                }
            }
        }
        return all;
    }

    public List<Loaded> loaded(DemoRepo repo) {
        return loaded().stream().filter(c -> c.repo().id() == repo.id()).toList();
    }

    public DemoRepo repo(String name) {
        return account.repos().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }
}
