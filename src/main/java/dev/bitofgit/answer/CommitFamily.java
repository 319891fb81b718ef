package dev.bitofgit.answer;

/**
 * A family that answers about commits, whoever made them: repository filters in the question select the
 * repositories whose commits it counts, and a person the question names narrows the commits to theirs.
 */
interface CommitFamily extends Family {
    @Override
    default boolean countsCommits(Reading r) {
        return true;
    }

    @Override
    default boolean followsPeople() {
        return true;
    }
}
