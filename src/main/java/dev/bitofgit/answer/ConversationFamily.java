package dev.bitofgit.answer;


/** Greetings, thanks and "what can you do": an answer that says what can be asked, with examples. */
final class ConversationFamily implements Family {
    @Override
    public int fit(Reading r) {
        if (r.matches("^(hi|hello|hey|hiya|yo|howdy|good (morning|afternoon|evening)|thanks|thank you|cheers)\\b"
                + "[!.\\s]*(there|bitofgit)?[!.\\s]*$")) {
            return 100;
        }
        // "help me find which repositories have Docker" asks something else: only a bare plea for help is one
        return r.matches("\\b(what can you (do|answer)|help me( out| please|[.!?]*$)|^help( please)?[.!?]*$|how do i use|what (questions|can i ask)|"
                + "what do you know)") ? 90 : 0;
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        return Reply.of("Hi! I answer questions about **" + tools.username() + "**'s GitHub work from the ingested "
                + "repositories and commits: which repositories use a language or framework (or lack tests, CI or a "
                + "license), counts and rankings, activity over time (busiest month, weekday or hour, in any time zone), "
                + "streaks, lines changed, collaborators, comparisons, and what a repository is about.",
                "a greeting", Examples.STARTERS);
    }
}
