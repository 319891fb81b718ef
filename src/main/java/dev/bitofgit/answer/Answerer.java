package dev.bitofgit.answer;

import dev.bitofgit.tools.ToolContext;

/** Answers one question about an account from tool calls only; the offline planner and the LLM loop both are one. */
public interface Answerer {
    Answer answer(String username, String question, Answer.Memory memory, ToolContext context);
}
