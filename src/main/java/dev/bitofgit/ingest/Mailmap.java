package dev.bitofgit.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads git's {@code .mailmap} (gitmailmap(5)): one mapping a line, in any of the four forms
 * <pre>
 * Proper Name &lt;commit@email&gt;
 * &lt;proper@email&gt; &lt;commit@email&gt;
 * Proper Name &lt;proper@email&gt; &lt;commit@email&gt;
 * Proper Name &lt;proper@email&gt; Commit Name &lt;commit@email&gt;
 * </pre>
 * with blank lines, comment lines starting with {@code #} and a {@code # comment} after an entry. Anything else is
 * refused with the line number, so a pasted file with a typo never half-applies.
 */
public final class Mailmap {
    /** One mapping: the commits with {@code commitEmail} (and {@code commitName}, when given) are the proper person's. */
    public record Entry(int line, Optional<String> properName, Optional<String> properEmail, Optional<String> commitName,
                        String commitEmail) {
    }

    private static final Pattern PART = Pattern.compile("\\s*([^<>#]*?)\\s*<([^<>]*)>");
    static final String FORMS = "'Proper Name <proper@email> Commit Name <commit@email>' or one of its shorter forms "
            + "('Proper Name <commit@email>', '<proper@email> <commit@email>', 'Proper Name <proper@email> <commit@email>')";

    private Mailmap() {
    }

    /** The entries, in file order; a line that is none of the forms is an {@link IdentityRejected}. */
    public static List<Entry> parse(String text) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int index = 0; index < lines.length; index++) {
            int number = index + 1;
            String line = lines[index].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String[]> parts = new ArrayList<>();
            Matcher matcher = PART.matcher(line);
            int end = 0;
            while (parts.size() < 2 && matcher.find() && matcher.start() == end) {
                parts.add(new String[] {matcher.group(1), matcher.group(2).strip()});
                end = matcher.end();
            }
            String rest = line.substring(end).strip();
            if (parts.isEmpty() || !(rest.isEmpty() || rest.startsWith("#"))) {
                throw bad(number, line, "expected " + FORMS);
            }
            for (String[] part : parts) {
                if (part[1].isEmpty()) {
                    throw bad(number, line, "an e-mail between < and > is empty");
                }
                if (!Identities.looksLikeEmail(part[1])) {
                    throw bad(number, line, "'" + Identities.shown(part[1]) + "' is not an e-mail address");
                }
            }
            if (parts.size() == 1) {
                if (parts.get(0)[0].isEmpty()) {
                    throw bad(number, line, "an e-mail alone maps nothing; expected " + FORMS);
                }
                entries.add(new Entry(number, Optional.of(parts.get(0)[0]), Optional.empty(), Optional.empty(),
                        parts.get(0)[1]));
            } else {
                entries.add(new Entry(number, Optional.of(parts.get(0)[0]).filter(name -> !name.isEmpty()),
                        Optional.of(parts.get(0)[1]), Optional.of(parts.get(1)[0]).filter(name -> !name.isEmpty()),
                        parts.get(1)[1]));
            }
        }
        if (entries.isEmpty()) {
            throw new IdentityRejected(IdentityRejected.Reason.INVALID, "the mailmap has no entries; expected lines like "
                    + FORMS);
        }
        return entries;
    }

    private static IdentityRejected bad(int number, String line, String what) {
        return new IdentityRejected(IdentityRejected.Reason.INVALID, "mailmap line " + number + " ('"
                + Identities.shown(line) + "'): " + what);
    }
}
