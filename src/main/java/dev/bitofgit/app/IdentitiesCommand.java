package dev.bitofgit.app;

import dev.bitofgit.ingest.Identities;
import dev.bitofgit.ingest.IdentityRejected;
import dev.bitofgit.store.Identity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `bitofgit identities USERNAME`: lists, declares or removes the other e-mails and names an owner commits under. */
@Command(name = "identities", mixinStandardHelpOptions = true,
        description = {"List, declare or remove the other e-mails and names USERNAME commits under (work addresses,",
            "old ones) that GitHub does not link to the account, with suggestions from its repositories.",
            "Counts, streaks and answers follow at once; no re-ingest. Bots are never yours."})
final class IdentitiesCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main parent;

    @Parameters(paramLabel = "USERNAME", description = "the ingested account")
    String username;

    @Option(names = "--add-email", paramLabel = "E", description = "declare an e-mail as yours (repeatable)")
    List<String> addEmails = new ArrayList<>();

    @Option(names = "--add-name", paramLabel = "N", description = "declare an author name as yours (repeatable)")
    List<String> addNames = new ArrayList<>();

    @Option(names = "--remove-email", paramLabel = "E", description = "remove a declared e-mail (repeatable)")
    List<String> removeEmails = new ArrayList<>();

    @Option(names = "--remove-name", paramLabel = "N", description = "remove a declared name (repeatable)")
    List<String> removeNames = new ArrayList<>();

    @Option(names = "--mailmap", paramLabel = "FILE",
            description = "declare the commit e-mails of a .mailmap's entries that map to your addresses or name")
    String mailmap;

    @Option(names = "--proper-email", paramLabel = "E",
            description = "with --mailmap: take the entries that map to this address instead")
    String properEmail;

    @Override
    public Integer call() throws IOException {
        boolean changes = !addEmails.isEmpty() || !addNames.isEmpty() || !removeEmails.isEmpty()
                || !removeNames.isEmpty() || mailmap != null;
        if (properEmail != null && mailmap == null) {
            System.err.println("bitofgit: --proper-email selects the entries of a --mailmap FILE; give both");
            return Main.USAGE;
        }
        String mailmapText = null;
        if (mailmap != null) {
            Path path = Path.of(mailmap);
            if (!Files.isReadable(path)) {
                System.err.println("bitofgit: cannot read " + mailmap);
                return Main.USAGE;
            }
            mailmapText = Files.readString(path);
        }
        try (Application application = Application.open(parent.settings(null, null))) {
            if (changes) {
                application.requireWritableStore("identities");
            }
            Identities identities = application.identities();
            try {
                long before = identities.list(username).ownCommits();
                for (String email : addEmails) {
                    report("added", identities.declare(username, declaration(Optional.of(email), Optional.empty(),
                            Optional.empty())));
                }
                for (String name : addNames) {
                    report("added", identities.declare(username, declaration(Optional.empty(), Optional.of(name),
                            Optional.empty())));
                }
                if (mailmapText != null) {
                    report("added", identities.declare(username, declaration(Optional.empty(), Optional.empty(),
                            Optional.of(mailmapText))));
                }
                for (String email : removeEmails) {
                    report("removed", identities.remove(username, Identity.Kind.EMAIL, email));
                }
                for (String name : removeNames) {
                    report("removed", identities.remove(username, Identity.Kind.NAME, name));
                }
                Identities.Listing listing = identities.list(username);
                if (changes) {
                    System.out.printf(Locale.ROOT, "own commits: %d -> %d%n", before,
                            listing.ownCommits());
                }
                print(listing);
                return Main.OK;
            } catch (IdentityRejected e) {
                System.err.println("bitofgit: " + e.getMessage());
                return e.reason() == IdentityRejected.Reason.INVALID ? Main.USAGE : Main.FAILED;
            }
        }
    }

    private Identities.Declaration declaration(Optional<String> email, Optional<String> name,
                                                                  Optional<String> text) {
        return new Identities.Declaration(email, name, text, Optional.ofNullable(properEmail));
    }

    private static void report(String verb, Identities.Outcome outcome) {
        List<Identity> changed = verb.equals("added") ? outcome.added() : outcome.removed();
        if (changed.isEmpty()) {
            System.out.println("nothing changed (already declared)");
            return;
        }
        for (Identity identity : changed) {
            System.out.println(verb + " " + identity.kind().id() + " " + identity.value());
        }
        System.out.println("  " + ProgressBar.plural(outcome.commitsChanged(), "commit") + " changed owner");
    }

    private static void print(Identities.Listing listing) {
        System.out.println("identities of " + listing.login() + " (" + ProgressBar.plural(listing.ownCommits(),
                "own commit") + ")");
        System.out.println("declared:" + (listing.declared().isEmpty() ? " none" : ""));
        listing.declared().forEach(identity -> System.out.printf(Locale.ROOT, "  %-5s  %s%n",
                identity.kind().id(), identity.value()));
        System.out.println("known to GitHub (always yours): " + (listing.knownEmails().isEmpty() ? "none"
                : String.join(", ", listing.knownEmails())));
        System.out.println("suggestions (authors GitHub links to no account):" + (listing.suggestions().isEmpty()
                ? " none" : ""));
        listing.suggestions().forEach(suggestion -> System.out.printf(Locale.ROOT,
                "  %s by %s%s, %s, last %s; yours? bitofgit identities %s --add-email %s%n",
                ProgressBar.plural(suggestion.commits(), "commit"), suggestion.email(),
                suggestion.name().map(name -> " (" + name + ")").orElse(""),
                ProgressBar.plural(suggestion.repos(), "repository", "repositories"),
                suggestion.lastCommitAt().toString().substring(0, 10), listing.login(), suggestion.email()));
    }
}
