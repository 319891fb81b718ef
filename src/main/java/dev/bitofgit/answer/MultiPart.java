package dev.bitofgit.answer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a question that asks several things ("how many repos do I have and how many are private?", "How many
 * commits did I make in 2025, and which repository got the most of them?", "When was my first commit? When was my
 * last?") into its parts, each able to stand alone: a period named once applies to the parts that name none.
 */
final class MultiPart {
    private static final String ASKING = "(how|which|what|when|who|whom|where|did|do|does|is|are|was|were|have|has|"
            + "list|show|tell me|give me)\\b";
    private static final Pattern JOINT = Pattern.compile("(?i)(?:,\\s*(?:and\\s+|but\\s+|also\\s+)?|\\s+and\\s+(?:also\\s+)?"
            + "|;\\s*|\\?\\s+)(?=" + ASKING + ")");

    /** A later part that points at what an earlier part's answer found. */
    private static final Pattern REFERS_BACK = Pattern.compile("(?i)\\b((that|this|the same) (month|day|week|year|time|"
            + "hour|period|weekday|one|ones|repo|repos|repository|repositories|project|projects)|then|back then|they|them|"
            + "those|these|which ones|which of them|how many of them|the rest|others|each|each one|each of them|every one)\\b");

    private static final Pattern STARTS_ASKING = Pattern.compile("(?i)\\s*(and\\s+|also\\s+|so\\s+)?" + ASKING);

    private MultiPart() {
    }

    /** The parts, or the question alone when it asks one thing. */
    static List<String> split(String question, LocalDate today) {
        // "For my portfolio I need the licence picture. How many use MIT and how many use Apache-2.0?": the asking
        // sentence splits, and each part keeps the context before it
        String[] sentences = question.trim().split("(?<=[.!])\\s+(?=[A-Z])");
        if (sentences.length >= 2) {
            String context = String.join(" ", java.util.Arrays.copyOf(sentences, sentences.length - 1));
            List<String> asked = split(sentences[sentences.length - 1], today);
            return asked.size() < 2 ? List.of(question) : asked.stream().map(part -> context + " " + part).toList();
        }
        List<String> parts = new ArrayList<>();
        Matcher joint = JOINT.matcher(question);
        int start = 0;
        while (joint.find()) {
            parts.add(question.substring(start, joint.start()).trim());
            start = joint.end();
        }
        parts.add(question.substring(start).trim());
        parts.removeIf(part -> part.isBlank());
        if (parts.size() < 2 || parts.stream().anyMatch(part -> part.split("\\s+").length < 3
                || !STARTS_ASKING.matcher(part).lookingAt())) {
            return List.of(question);
        }
        for (String later : parts.subList(1, parts.size())) {
            if (REFERS_BACK.matcher(later).find()) {
                return List.of(question); // "…and how many commits did I make that month?" needs the first answer
            }
        }
        // "how many of my repositories use MIT and how many use Apache-2.0": the later "how many" counts the same thing
        Matcher head = Regex.of("(?i)^(how many (?:of )?(?:my |the |your )?[\\w-]+)").matcher(parts.get(0));
        if (head.find()) {
            for (int i = 1; i < parts.size(); i++) {
                parts.set(i, parts.get(i).replaceFirst("(?i)^how many (?=(use|uses|are|were|have|has|had|got|is|was|"
                        + "contain|include|run|lack|miss)\\b)", head.group(1) + " "));
            }
        }
        // "How many commits have I made to Kotlin repositories, and when was the first one?": the first commit there
        Matcher scope = Regex.of("(?i)\\b(?:to|in|on|into) (?:my )?(?:[\\w#+.-]+ )?(?:repos?|repositories|projects?)\\b|(?i)\\b(?:to|in|on) "
                + "[a-z0-9][\\w.-]*[-_][\\w.-]+\\b").matcher(parts.get(0));
        if (parts.get(0).toLowerCase(Locale.ROOT).matches(".*\\bcommits?\\b.*")) {
            String where = scope.find() ? " " + scope.group() : "";
            for (int i = 1; i < parts.size(); i++) {
                parts.set(i, parts.get(i).replaceFirst("(?i)\\b(?:the )?(first|last|latest|earliest|oldest|newest|most recent) "
                        + "one\\b([?.!]*)$", "my $1 commit" + where + "$2"));
            }
        }
        Optional<TimeRange> shared = TimeRanges.find(question, today);
        List<String> standalone = new ArrayList<>();
        for (String part : parts) {
            String text = part.replaceAll("[?.!]+$", "");
            boolean ownPeriod = TimeRanges.find(text, today).isPresent();
            standalone.add(shared.isPresent() && !ownPeriod ? text + " " + shared.get().label() + "?" : text + "?");
        }
        return standalone;
    }

    /** Whether a part's answer says it did not understand. */
    static boolean understood(Answer answer) {
        return !answer.answer().toLowerCase(Locale.ROOT).startsWith("i did not understand");
    }
}
