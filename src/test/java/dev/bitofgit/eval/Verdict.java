package dev.bitofgit.eval;

/** How a user would judge one answer. */
enum Verdict {
    RIGHT("right"),
    WRONG_BUT_CONFIDENT("wrong but confident"),
    HEDGED("hedged"),
    NOT_UNDERSTOOD("not understood");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
