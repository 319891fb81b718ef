package dev.bitofgit.eval;

/** Which file a phrasing lives in: tuning (the answerer's engineer may read it) or held-out (never shown). */
enum Split {
    TUNING("tuning", "eval/tuning.tsv"),
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
