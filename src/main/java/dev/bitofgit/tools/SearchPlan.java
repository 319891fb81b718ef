package dev.bitofgit.tools;

import dev.bitofgit.meaning.MeaningSearch;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * The mode a search runs in and what its result says about it: the mode asked, unless the model cannot run here
 * (then words, with a note), and a note while this account's texts are still being embedded.
 */
record SearchPlan(Scope scope, SearchMode mode, Optional<String> note) {

    static SearchPlan of(ToolArguments args, Scope scope, MeaningSearch meaning) {
        SearchMode asked = SearchMode.of(args.choice("mode"));
        Optional<String> unavailable = asked.usesMeaning() ? meaning.unavailable() : Optional.empty();
        SearchMode mode = unavailable.isPresent() ? SearchMode.WORDS : asked;
        Optional<String> note = unavailable.map(reason -> "search by meaning is unavailable here (" + reason
                        + "); searched by words")
                .or(() -> mode.usesMeaning() ? meaning.indexing(scope.accountId()).map(progress ->
                        "search by meaning covers part of this account so far: its texts are being embedded ("
                                + progress.done() + " of " + progress.total() + " done)") : Optional.empty());
        return new SearchPlan(scope, mode, note);
    }

    /** A result that starts with the account, the query, the mode used and the note. */
    ObjectNode result(String query) {
        ObjectNode result = scope.result();
        result.put("query", query);
        result.put("mode", mode.id());
        result.put("note", note.orElse(null));
        return result;
    }
}
