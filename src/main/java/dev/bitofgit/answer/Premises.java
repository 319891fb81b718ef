package dev.bitofgit.answer;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Claims a question makes in passing about the user's repositories — "since weather-cli is my most starred project,
 * how many forks does it have?" — checked against the store the same way the question "which is my most starred
 * repository?" is answered. A false one is corrected before the answer, so the answer does not seem to confirm it.
 */
final class Premises {
    private Premises() {
    }

    private static final Pattern CLAIM = Pattern.compile("(?:^|\\b)([a-z0-9][a-z0-9._-]*) (?:is|was) (?:my|our|the) "
            + "((?:most|least|best|biggest|largest|smallest|oldest|newest|busiest|quietest|first|latest|most recent)"
            + "(?: [a-z-]+)?) (?:repo|repos|repository|project|codebase)\\b");

    /**
     * The question without its claim, which names the repository instead ("since weather-cli is my most starred
     * project, how many forks does it have?" → "about weather-cli: how many forks does it have?"), so the claim's
     * words ("starred") do not steer the answer.
     */
    static String withoutClaim(String question, QuestionReader.Vocabulary vocabulary) {
        Matcher claim = Regex.of("(?i)\\b(?:since|as|because|given that|now that|knowing that)?\\s*" + CLAIM.pattern()
                .replace("(?:^|\\b)", "") + "(?:,? (?:right|correct|yes|no)\\??)?[,;:.!?]?").matcher(question);
        if (!claim.find() || claim.end() >= question.length() - 3
                || vocabulary.repos().stream().noneMatch(name -> name.equalsIgnoreCase(claim.group(1)))) {
            return question; // no claim about a repository, or the claim is the question itself
        }
        return (question.substring(0, claim.start()) + " about " + claim.group(1) + ": " + question.substring(claim.end()))
                .replaceAll("\\s+", " ").trim();
    }

    private static final Pattern ASKED = Pattern.compile("^\\W*(?:is|was|isn'?t|wasn'?t) ([a-z0-9][a-z0-9._-]*) (?:my|our|the) "
            + "((?:most|least|best|biggest|largest|smallest|oldest|newest|busiest|quietest|first|latest|most recent)"
            + "(?: [a-z-]+)?) (?:repo|repos|repository|project|codebase)\\b");

    /** "Is api-gateway my most starred repo?": yes or no, with the repository that is. */
    static Optional<String> verdict(String question, QuestionReader.Vocabulary vocabulary, LocalDate today,
                                    ToolCalls tools) {
        Matcher asked = ASKED.matcher(question.toLowerCase(Locale.ROOT));
        if (!asked.find()) {
            return Optional.empty();
        }
        return top(asked.group(1), asked.group(2), vocabulary, today, tools).map(found -> found.holds()
                ? "Yes — " + found.said() : "No — **" + found.repo() + "** is not your " + asked.group(2)
                + " repository. " + found.said());
    }

    private record Found(String repo, boolean holds, String said) {
    }

    static Optional<String> check(String question, QuestionReader.Vocabulary vocabulary, LocalDate today, ToolCalls tools) {
        Matcher claim = CLAIM.matcher(question.toLowerCase(Locale.ROOT));
        if (!claim.find()) {
            return Optional.empty();
        }
        return top(claim.group(1), claim.group(2), vocabulary, today, tools).filter(found -> !found.holds())
                .map(found -> "Note: **" + found.repo() + "** is not your " + claim.group(2) + " repository. "
                        + found.said());
    }

    /** Whether the named repository is the one the superlative picks, and the sentence that says which is. */
    private static Optional<Found> top(String named, String superlative, QuestionReader.Vocabulary vocabulary,
                                       LocalDate today, ToolCalls tools) {
        Optional<String> repo = vocabulary.repos().stream().filter(name -> name.equalsIgnoreCase(named)).findFirst();
        if (repo.isEmpty()) {
            return Optional.empty();
        }
        String asked = "which is my " + superlative + " repository?";
        Reading reading = QuestionReader.read(QuestionReader.question(asked, vocabulary), vocabulary, today);
        Optional<Family> family = Families.best(reading);
        if (family.isEmpty() || !(family.get() instanceof RepoRankFamily)) {
            return Optional.empty();
        }
        Reply reply = family.get().answer(reading, tools);
        if (reply.repo().isEmpty()) {
            return Optional.empty();
        }
        String first = reply.text().split("(?<=\\.) ", 2)[0];
        return Optional.of(new Found(repo.get(), reply.repo().get().equalsIgnoreCase(repo.get()), first));
    }
}
