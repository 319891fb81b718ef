package dev.bitofgit.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the bank's results: {@code answer-bank.md} (rates per store and split, per style, and right-out-of-N per
 * family) and {@code answer-bank-failures-tuning.txt} (one line per tuning question not answered right).
 *
 * <p>Held-out questions never appear in either file — not their wording, not their answers — only their counts, so
 * the answerer's engineer can read both files without seeing what the held-out split asks.
 */
final class BankReport {
    static final String REPORT = "answer-bank.md";
    static final String FAILURES = "answer-bank-failures-tuning.txt";
    private static final int ANSWER_CHARS = 200;

    private BankReport() {
    }

    static void write(Path directory, LocalDate today, List<String> accounts, List<QuestionFamily> families,
                      PhrasingBank bank, List<Outcome> outcomes, Floors floors) {
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(REPORT), markdown(today, accounts, families, bank, outcomes, floors),
                    StandardCharsets.UTF_8);
            Files.writeString(directory.resolve(FAILURES), failures(outcomes), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String markdown(LocalDate today, List<String> accounts, List<QuestionFamily> families, PhrasingBank bank,
                           List<Outcome> outcomes, Floors floors) {
        List<String> stores = stores(outcomes);
        StringBuilder text = new StringBuilder("# Answer bank\n\n");
        text.append("Asked through `POST /query` of the real application, with each account owner's session, on ")
                .append(today).append(" (UTC, the server's today).\n\n");
        text.append("- Accounts: ").append(String.join("; ", accounts)).append('\n');
        text.append("- Families: ").append(families.size()).append("; templates: ")
                .append(count(bank, Split.TUNING)).append(" tuning, ").append(count(bank, Split.DEV)).append(" dev, ")
                .append(count(bank, Split.HELDOUT))
                .append(" held-out (each asked of every account the family fits)\n");
        text.append("- Verdicts: right = every expected fact and nothing forbidden; not understood = starts with ")
                .append("\"I did not understand\"; hedged = not right but asks back or admits doubt; wrong but confident = ")
                .append("the rest\n\n");

        text.append("## Rates\n\n| store | split | questions | right | wrong but confident | hedged | not understood | floors (right ≥, wrong ≤) |\n");
        text.append("|---|---|---:|---:|---:|---:|---:|---|\n");
        for (String store : stores) {
            for (Split split : Split.values()) {
                Rates rates = Rates.of(select(outcomes, store, split));
                Floors.Floor floor = floors.of(split);
                text.append("| ").append(store).append(" | ").append(split.key()).append(" | ").append(rates.total());
                for (Verdict verdict : Verdict.values()) {
                    text.append(" | ").append(rates.shown(verdict));
                }
                text.append(" | ").append(floor.rightMin()).append("%, ").append(floor.wrongMax()).append("% |\n");
            }
        }

        text.append("\n## Right answers by style\n\n| store | split | plain | casual | long |\n|---|---|---:|---:|---:|\n");
        for (String store : stores) {
            for (Split split : Split.values()) {
                text.append("| ").append(store).append(" | ").append(split.key());
                for (Style style : Style.values()) {
                    Rates rates = Rates.of(select(outcomes, store, split).stream()
                            .filter(outcome -> outcome.style() == style).toList());
                    text.append(" | ").append(rates.shown(Verdict.RIGHT));
                }
                text.append(" |\n");
            }
        }

        text.append("\n## Per family\n\nRight out of asked, per store and split; for held-out also how the rest fell ")
                .append("(wrong / hedged / not understood).\n\n| family | intent |");
        StringBuilder rule = new StringBuilder("|---|---|");
        for (String store : stores) {
            for (Split split : Split.values()) {
                text.append(' ').append(store).append(' ').append(split.key()).append(" |");
                rule.append("---:|");
            }
            text.append(' ').append(store).append(" held-out w/h/n |");
            rule.append("---:|");
        }
        text.append('\n').append(rule).append('\n');
        for (QuestionFamily family : families) {
            text.append("| ").append(family.id()).append(" | ").append(family.intent()).append(" |");
            for (String store : stores) {
                for (Split split : Split.values()) {
                    List<Outcome> asked = select(outcomes, store, split).stream()
                            .filter(outcome -> outcome.family().equals(family.id())).toList();
                    Rates rates = Rates.of(asked);
                    text.append(' ').append(rates.count(Verdict.RIGHT)).append('/').append(rates.total()).append(" |");
                    if (split == Split.HELDOUT) {
                        text.append(' ').append(rates.count(Verdict.WRONG_BUT_CONFIDENT)).append('/')
                                .append(rates.count(Verdict.HEDGED)).append('/').append(rates.count(Verdict.NOT_UNDERSTOOD))
                                .append(" |");
                    }
                }
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** Tuning and dev questions only: store, account, family, verdict, question, why, and the answer's first 200 characters. */
    static String failures(List<Outcome> outcomes) {
        StringBuilder text = new StringBuilder("store\taccount\tfamily\tverdict\tquestion\twhy\tanswer (first "
                + ANSWER_CHARS + " characters)\n");
        for (Outcome outcome : outcomes) {
            if (outcome.split() == Split.HELDOUT || outcome.verdict() == Verdict.RIGHT) {
                continue;
            }
            String answer = outcome.answer().replaceAll("\\s+", " ").trim();
            text.append(outcome.store()).append('\t').append(outcome.account()).append('\t').append(outcome.family())
                    .append('\t').append(outcome.verdict().label()).append('\t').append(outcome.question()).append('\t')
                    .append(outcome.score().reason().orElse("")).append('\t')
                    .append(answer, 0, Math.min(ANSWER_CHARS, answer.length())).append('\n');
        }
        return text.toString();
    }

    static List<Outcome> select(List<Outcome> outcomes, String store, Split split) {
        return outcomes.stream().filter(outcome -> outcome.store().equals(store) && outcome.split() == split).toList();
    }

    private static List<String> stores(List<Outcome> outcomes) {
        Set<String> stores = new LinkedHashSet<>();
        outcomes.forEach(outcome -> stores.add(outcome.store()));
        return new ArrayList<>(stores);
    }

    private static long count(PhrasingBank bank, Split split) {
        return bank.all().stream().filter(phrasing -> phrasing.split() == split).count();
    }
}
