package dev.bitofgit.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the answer owns up to: bounds in the question it could not apply, spellings it corrected and words it
 * ignored.
 */
final class HonestyNotes {
    private HonestyNotes() {
    }

    /** A number the question sets as a bound: "more than 100 characters", "fewer than 3 contributors". */
    private static final Pattern THRESHOLD = Pattern.compile("\\b(more|less|fewer|longer|"
            + "shorter|greater|bigger|larger|smaller|higher|lower|over|under|above|below|at least|at most|upwards of|"
            + "no more than|not more than)( than)?\\s+(\\d[\\d,.]*)\\s*\\+?\\s*([a-z]+)");

    /**
     * Bounds the question sets that no part of the answer applies: sizes of commits are conditions (see {@link
     * Conditions}); stars and forks bound repositories for the families that list or select them; time spans are
     * periods. Anything else is said, not silently dropped.
     */
    static List<String> thresholdsNotApplied(Reading r, Family family) {
        List<String> missed = new ArrayList<>();
        Matcher matcher = THRESHOLD.matcher(r.text());
        while (matcher.find()) {
            String unit = matcher.group(4);
            boolean commitSize = unit.matches("files?|lines?|loc");
            boolean repoBound = unit.matches("stars?|forks?") && (family instanceof RepoListFamily
                    || family instanceof RepoRankFamily || family instanceof RepoAggregateFamily
                    || family instanceof SoloReposFamily || family.countsCommits(r));
            boolean repoMeasure = family instanceof RepoThresholdFamily;
            boolean span = unit.matches("(second|minute|hour|day|week|month|quarter|year)s?")
                    && (r.period().isPresent() || r.inactive().isPresent() || family instanceof RhythmFamily
                    || family instanceof StreakFamily);
            if (!commitSize && !repoBound && !span && !repoMeasure) {
                missed.add(matcher.group().trim());
            }
        }
        return missed;
    }

    /** Corrected spellings and the words no part of the reading used, for the honesty line. */
    static String notes(Question question, Set<String> ignored) {
        StringBuilder notes = new StringBuilder();
        if (!question.corrections().isEmpty()) {
            notes.append("; read ").append(String.join(", ", question.corrections().stream()
                    .map(c -> "'" + c.replace(" → ", "' as '") + "'").toList()));
        }
        if (!ignored.isEmpty()) {
            notes.append(". I ignored: ").append(String.join(", ", ignored.stream().map(w -> "'" + w + "'").toList()));
        }
        return notes.toString();
    }

    /** Content words of the asking sentence that no part of the reading, and no vocabulary, accounts for. */
    static Set<String> ignored(Question question, Reading reading, QuestionReader.Vocabulary vocabulary,
                               Family family) {
        Set<String> ignored = new LinkedHashSet<>();
        if (family instanceof SearchFamily || family instanceof ConversationFamily || family instanceof UnsupportedFamily) {
            return ignored;
        }
        Set<String> known = new HashSet<>();
        vocabulary.repos().forEach(repo -> {
            known.add(repo.toLowerCase(Locale.ROOT));
            known.addAll(List.of(repo.toLowerCase(Locale.ROOT).split("[-_.]")));
        });
        vocabulary.languages().forEach(l -> known.add(l.toLowerCase(Locale.ROOT)));
        known.addAll(vocabulary.personWords());
        vocabulary.technologies().forEach(t -> {
            known.add(t.toLowerCase(Locale.ROOT));
            known.addAll(List.of(t.toLowerCase(Locale.ROOT).split("[ .]")));
        });
        RepoListFamily.topic(reading).ifPresent(known::add);
        String zone = reading.zone().map(z -> z.id().toLowerCase(Locale.ROOT)).orElse("");
        for (String word : QuestionReader.contentWords(question.focus())) {
            if (!zone.contains(word) && !known.contains(word) && !Lexicon.ZONES.containsKey(word)
                    && !Lexicon.NEGATORS.contains(word) && !word.matches(".*\\d.*") && !word.contains("/")
                    && !reading.term().map(t -> t.toLowerCase(Locale.ROOT).contains(word)).orElse(false)
                    && !Plain.WORDS.contains(word) && !plainCompound(word) && !family.consumes(word) && !word.matches(".+-(based|first|heavy|only|lang|language)")) {
                ignored.add(word);
            }
        }
        return ignored;
    }

    /** "double-check", "follow-up": a hyphenated word made of plain words is plain. */
    private static boolean plainCompound(String word) {
        return word.contains("-") && List.of(word.split("-")).stream().allMatch(part -> !part.isEmpty()
                && (Plain.WORDS.contains(part) || Lexicon.COMMON.contains(part)));
    }
}
