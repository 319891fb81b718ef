package dev.bitofgit.answer;

/**
 * One family of questions: how well a reading fits it, and its answer, written from tool results only. A new family
 * is one class and one line in {@link Families}.
 */
interface Family {
    /** How well the reading fits this family: 0 not at all; the best fit answers. */
    int fit(Reading reading);

    Reply answer(Reading reading, ToolCalls tools);

    /** Whether the answer follows a person the question names ("how many commits did hubot make"). */
    default boolean followsPeople() {
        return false;
    }

    /**
     * Whether the answer is about commits and follows a set of repositories: then repository filters in the question
     * ("my private repos", "my TypeScript projects") select the repositories whose commits it counts.
     */
    default boolean countsCommits(Reading r) {
        return false;
    }

    /**
     * Whether the family's answer accounts for this word of the question (so it is not reported as ignored): words
     * a family reads itself, beyond the shared reading ("files", "messages", "fixes").
     */
    default boolean consumes(String word) {
        return false;
    }

    /** The family's name, remembered by the conversation for follow-ups. */
    default String name() {
        return getClass().getSimpleName();
    }
}
