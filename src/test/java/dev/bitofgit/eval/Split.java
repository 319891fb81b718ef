package dev.bitofgit.eval;

/**
 * Which file a phrasing lives in: tuning (the answerer's engineer may read it), dev (new wordings written by someone
 * who saw neither the answerer nor the held-out file, after tuning reached 100%: read and tuned on, they show how
 * the answerer met wordings nobody had tuned for yet) or held-out (never shown).
 */
enum Split {
    TUNING("tuning", "eval/tuning.tsv"),
    DEV("dev", "eval/dev.tsv"),
    HELDOUT("heldout", "eval/heldout.tsv");

    private final String key;
    private final String resource;

    Split(String key, String resource) {
        this.key = key;
        this.resource = resource;
    }

    String key() {
        return key;
    }

    String resource() {
        return resource;
    }
}
