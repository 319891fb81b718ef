package dev.bitofgit.ingest;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.store.Account;
import dev.bitofgit.store.AccountStore;
import dev.bitofgit.store.Bots;
import dev.bitofgit.store.Identity;
import dev.bitofgit.store.IdentityStore;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which commits are "mine" beyond what GitHub links (issue 15): the owner declares other e-mails and names, or imports
 * a {@code .mailmap}, and every count follows at once — the store recomputes the ownership flags and the roll-ups, no
 * re-ingest. Checks every value before anything changes; whether the caller is the owner is the face's business
 * (HTTP: the account's session; the CLI: whoever can open the store).
 *
 * <p>Mailmap rule: an entry is the owner's when its proper e-mail is one of the owner's addresses (known to GitHub or
 * declared) — or the {@code properEmail} the request names, which then selects alone — or, for the form without a
 * proper e-mail, when its proper name is the account's name or a declared name. Of those entries the commit e-mails
 * (and a named proper e-mail) are declared; names never are, since a name alone would also claim other people's
 * commits under the same name: declare one by itself when it is yours.
 */
public final class Identities {
    /** At most this many declared identities per account: each is matched against every author of the account. */
    static final int MAX_DECLARED = 200;
    static final int SUGGESTIONS = 20;
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>,;\"]+@[^\\s@<>,;\"]+");

    /** What the owner sees: the declared identities, the addresses GitHub vouches for, and suggestions. */
    public record Listing(String login, List<Identity> declared, List<String> knownEmails,
                          List<IdentityStore.Suggestion> suggestions, long ownCommits) {
        public Listing {
            declared = List.copyOf(declared);
            knownEmails = List.copyOf(knownEmails);
            suggestions = List.copyOf(suggestions);
        }
    }

    /** A change and the listing after it. */
    public record Outcome(Listing listing, List<Identity> added, List<Identity> removed, int commitsChanged) {
        public Outcome {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
        }
    }

    /** What to declare: any of an e-mail, a name and a mailmap (with the proper e-mail its entries map to, optionally). */
    public record Declaration(Optional<String> email, Optional<String> name, Optional<String> mailmap,
                              Optional<String> properEmail) {
        public Declaration {
            requireNonNull(email, "email == null");
            requireNonNull(name, "name == null");
            requireNonNull(mailmap, "mailmap == null");
            requireNonNull(properEmail, "properEmail == null");
        }
    }

    private final AccountStore accounts;
    private final IdentityStore identities;
    private final Clock clock;

    public Identities(AccountStore accounts, IdentityStore identities, Clock clock) {
        this.accounts = requireNonNull(accounts, "accounts == null");
        this.identities = requireNonNull(identities, "identities == null");
        this.clock = requireNonNull(clock, "clock == null");
    }

    public Listing list(String username) {
        return listing(account(username));
    }

    public Outcome declare(String username, Declaration declaration) {
        requireNonNull(declaration, "declaration == null");
        Account account = account(username);
        if (declaration.email().isEmpty() && declaration.name().isEmpty() && declaration.mailmap().isEmpty()) {
            throw invalid("nothing to declare: give an email, a name or a mailmap");
        }
        if (declaration.properEmail().isPresent() && declaration.mailmap().isEmpty()) {
            throw invalid("proper_email selects mailmap entries; give it with a mailmap");
        }
        Set<Identity> add = new LinkedHashSet<>();
        declaration.email().ifPresent(email -> add.add(identity(Identity.Kind.EMAIL, email(email))));
        declaration.name().ifPresent(name -> add.add(identity(Identity.Kind.NAME, name(name))));
        if (declaration.mailmap().isPresent()) {
            Optional<String> proper = declaration.properEmail().map(Identities::email);
            fromMailmap(account, Mailmap.parse(declaration.mailmap().get()), proper)
                    .forEach(email -> add.add(identity(Identity.Kind.EMAIL, email)));
        }
        int declared = identities.list(account.id()).size();
        if (declared + add.size() > MAX_DECLARED) {
            throw invalid("at most " + MAX_DECLARED + " identities per account: " + declared + " are declared and this "
                    + "adds up to " + add.size() + "; remove some first");
        }
        IdentityStore.Change change = identities.change(account.id(), add, List.of());
        return new Outcome(listing(account), change.added(), change.removed(), change.commitsChanged());
    }

    public Outcome remove(String username, Identity.Kind kind, String value) {
        requireNonNull(kind, "kind == null");
        requireNonNull(value, "value == null");
        Account account = account(username);
        String normalised = Identity.normalised(value);
        IdentityStore.Change change = identities.change(account.id(), List.of(),
                List.of(new Identity(kind, normalised, clock.instant())));
        if (change.removed().isEmpty()) {
            throw new IdentityRejected(IdentityRejected.Reason.NOT_DECLARED, "'" + shown(value) + "' is not a declared "
                    + kind.id() + " of " + account.login() + "; declared: " + declaredList(account));
        }
        return new Outcome(listing(account), change.added(), change.removed(), change.commitsChanged());
    }

    private String declaredList(Account account) {
        List<String> values = identities.list(account.id()).stream().map(Identity::value).toList();
        return values.isEmpty() ? "none" : String.join(", ", values);
    }

    private Listing listing(Account account) {
        return new Listing(account.login(), identities.list(account.id()), account.emails(),
                identities.suggestions(account.id(), SUGGESTIONS), identities.ownCommits(account.id()));
    }

    private Account account(String username) {
        requireNonNull(username, "username == null");
        return accounts.findByLogin(username).orElseThrow(() -> new IdentityRejected(
                IdentityRejected.Reason.UNKNOWN_ACCOUNT, "account '" + shown(username) + "' has not been ingested; "
                + "ingest it first (POST /ingest or `bitofgit ingest " + shown(username) + "`)"));
    }

    private Identity identity(Identity.Kind kind, String value) {
        return new Identity(kind, value, clock.instant());
    }

    /**
     * The entries that are the owner's, by the rule in the class comment, as the e-mails to declare; the owner's
     * known addresses are left out (they count already).
     */
    private List<String> fromMailmap(Account account, List<Mailmap.Entry> entries, Optional<String> properEmail) {
        Set<String> ownEmails = new LinkedHashSet<>();
        account.emails().forEach(email -> ownEmails.add(Identity.normalised(email)));
        Set<String> ownNames = new LinkedHashSet<>();
        account.name().ifPresent(name -> ownNames.add(Identity.normalised(name)));
        for (Identity identity : identities.list(account.id())) {
            (identity.kind() == Identity.Kind.EMAIL ? ownEmails : ownNames).add(identity.value());
        }
        Set<String> emails = new LinkedHashSet<>();
        for (Mailmap.Entry entry : entries) {
            Optional<String> proper = entry.properEmail().map(Identity::normalised);
            boolean owners = properEmail.isPresent()
                    ? proper.equals(properEmail)
                    : proper.map(ownEmails::contains)
                            .orElseGet(() -> entry.properName().map(Identity::normalised).map(ownNames::contains)
                                    .orElse(false));
            if (owners) {
                emails.add(email(entry.commitEmail()));
                proper.filter(value -> !ownEmails.contains(value)).ifPresent(emails::add);
            }
        }
        emails.removeAll(Set.copyOf(account.emails().stream().map(Identity::normalised).toList()));
        if (emails.isEmpty()) {
            throw invalid(properEmail.isPresent()
                    ? "no entry of the mailmap maps to " + properEmail.get() + " (or its addresses are declared already)"
                    : "no entry of the mailmap maps to " + account.login() + "'s addresses (" + String.join(", ", ownEmails)
                    + ") or name, or its addresses are declared already; name the proper e-mail your entries map to "
                    + "with proper_email (CLI: --proper-email)");
        }
        return List.copyOf(emails);
    }

    /** A declared e-mail: one address, no bot's; normalised. */
    static String email(String text) {
        String value = Identity.normalised(text);
        if (value.isEmpty()) {
            throw invalid("email is empty; give an address such as p.chandan@work.example");
        }
        if (Bots.isBotEmail(value)) {
            throw invalid("'" + shown(text) + "' is a bot's address; a bot's commits are never counted as yours");
        }
        if (value.length() > 254 || !looksLikeEmail(value)) {
            throw invalid("'" + shown(text) + "' is not an e-mail address; give one address such as "
                    + "p.chandan@work.example (no name, no angle brackets)");
        }
        return value;
    }

    /** A declared name: as git records it, 1 to 100 characters, no angle brackets, no bot's; normalised. */
    static String name(String text) {
        String value = Identity.normalised(text);
        if (value.isEmpty()) {
            throw invalid("name is empty; give the author name your commits carry, such as Prakash Chandan");
        }
        if (value.length() > 100 || value.chars().anyMatch(c -> Character.isISOControl(c) || c == '<' || c == '>')) {
            throw invalid("'" + shown(text) + "' is not an author name: at most 100 characters, no control "
                    + "characters or angle brackets (give the e-mail separately)");
        }
        if (Bots.isBotName(value)) {
            throw invalid("'" + shown(text) + "' is a bot's name; a bot's commits are never counted as yours");
        }
        return value;
    }

    static boolean looksLikeEmail(String value) {
        return EMAIL.matcher(value).matches();
    }

    /** A value from the request, safe to quote in an error: control characters replaced, at most 60 characters. */
    static String shown(String value) {
        String clean = value.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= 60 ? clean : clean.substring(0, 60) + "…";
    }

    private static IdentityRejected invalid(String message) {
        return new IdentityRejected(IdentityRejected.Reason.INVALID, message);
    }
}
