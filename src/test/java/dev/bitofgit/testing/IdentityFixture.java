package dev.bitofgit.testing;

import dev.bitofgit.demo.DemoAccount;
import dev.bitofgit.demo.DemoAccountGenerator;
import dev.bitofgit.demo.DemoCommit;
import dev.bitofgit.demo.DemoRepo;
import dev.bitofgit.demo.DemoSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A generated account whose owner also commits under addresses GitHub does not link (a work e-mail, an old one),
 * with bots among its authors — one of them under the owner's own name. Built by rewriting the generator's
 * collaborators, so every fact a test needs is read off the commits here, never through the store:
 * <ul>
 *   <li>hubot's commits → "Prakash Chandan" &lt;p.chandan@work.example&gt;, no login (unlinked)</li>
 *   <li>monalisa's commits in even-numbered repositories → "Prakash Chandan" &lt;prakash@old-job.example&gt;, no login</li>
 *   <li>linusbranch's commits → dependabot[bot]</li>
 *   <li>adabyte's commits in odd-numbered repositories → github-actions[bot] authored as "Prakash Chandan"</li>
 * </ul>
 */
public final class IdentityFixture {
    public static final String PERSON = "Prakash Chandan";
    public static final String WORK_EMAIL = "p.chandan@work.example";
    public static final String OLD_EMAIL = "prakash@old-job.example";
    public static final String DEPENDABOT_EMAIL = "49699333+dependabot[bot]@users.noreply.github.com";
    public static final String ACTIONS_EMAIL = "41898282+github-actions[bot]@users.noreply.github.com";

    private IdentityFixture() {
    }

    public static DemoAccount account(String login, long seed) {
        DemoAccount account = DemoAccountGenerator.generate(new DemoSpec(login, seed, 6, 900, 2, LocalDate.of(2026, 10, 1)));
        for (int index = 0; index < account.repos().size(); index++) {
            DemoRepo repo = account.repos().get(index);
            List<DemoCommit> rewritten = new ArrayList<>();
            for (DemoCommit commit : repo.commits()) {
                rewritten.add(rewrite(commit, index));
            }
            account = account.withRepo(repo.id(), repo.withCommits(rewritten, repo.pushedAt()));
        }
        return account;
    }

    private static DemoCommit rewrite(DemoCommit commit, int repoIndex) {
        String login = commit.authorLogin().orElse("");
        return switch (login) {
            case "hubot" -> author(commit, PERSON, WORK_EMAIL, Optional.empty());
            case "monalisa" -> repoIndex % 2 == 0 ? author(commit, PERSON, OLD_EMAIL, Optional.empty()) : commit;
            case "linusbranch" -> author(commit, "dependabot[bot]", DEPENDABOT_EMAIL, Optional.of("dependabot[bot]"));
            case "adabyte" -> repoIndex % 2 == 1
                    ? author(commit, PERSON, ACTIONS_EMAIL, Optional.of("github-actions[bot]")) : commit;
            default -> commit;
        };
    }

    private static DemoCommit author(DemoCommit commit, String name, String email, Optional<String> login) {
        return new DemoCommit(commit.sha(), commit.parentCount(), name, email, login, commit.authoredAt(),
                commit.committedAt(), commit.message(), commit.additions(), commit.deletions(), commit.changedFiles());
    }

    /** Whether the fixture made this commit a bot's. */
    public static boolean bot(DemoCommit commit) {
        return commit.authorLogin().map(login -> login.endsWith("[bot]")).orElse(false);
    }

    /**
     * Ownership as GitHub alone decides it (before identities): linked to the login, or an address of {@code known}.
     * Forks are not in this fixture, so every commit is stored.
     */
    public static boolean linked(DemoAccount account, List<String> known, DemoCommit commit) {
        return commit.authorLogin().map(login -> login.equalsIgnoreCase(account.login())).orElse(false)
                || known.contains(commit.authorEmail().toLowerCase(Locale.ROOT));
    }

    /** Every commit of the account with its repository. */
    public static List<Stored> commits(DemoAccount account) {
        List<Stored> all = new ArrayList<>();
        account.repos().forEach(repo -> repo.commits().forEach(commit -> all.add(new Stored(repo, commit))));
        return all;
    }

    public record Stored(DemoRepo repo, DemoCommit commit) {
        public long localDay() {
            return commit.authoredAt().toLocalDate().toEpochDay();
        }

        public int localHour() {
            return commit.authoredAt().getHour();
        }
    }
}
