package dev.bitofgit.answer;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.store.ConversationStore;
import dev.bitofgit.tools.ToolContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers a question about an account: checks the account is ready (ingested, or says it is not / is partial),
 * recalls the conversation, lets the answerer plan and call tools, and remembers the turn.
 */
public final class QueryService {
    public static final int MAX_QUESTION_LENGTH = 2_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Whether an account can be asked about: ready, or a message saying why not (not ingested, still running). */
    public record Readiness(boolean hasData, boolean complete, String message) {
    }

    /** Readiness in the caller's view: private repositories count only for a caller that may read them. */
    @FunctionalInterface
    public interface AccountReadiness {
        Readiness of(String username, ToolContext caller);
    }

    private final Answerer answerer;
    private final ConversationStore conversations;
    private final AccountReadiness readiness;
    private final Clock clock;

    public QueryService(Answerer answerer, ConversationStore conversations, AccountReadiness readiness, Clock clock) {
        this.answerer = requireNonNull(answerer, "answerer == null");
        this.conversations = requireNonNull(conversations, "conversations == null");
        this.readiness = requireNonNull(readiness, "readiness == null");
        this.clock = requireNonNull(clock, "clock == null");
    }

    public QueryResponse ask(String username, String question, Optional<String> conversationId, ToolContext context) {
        long started = System.nanoTime();
        requireNonNull(username, "username == null");
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("question is required");
        }
        if (question.length() > MAX_QUESTION_LENGTH) {
            throw new IllegalArgumentException("question is longer than " + MAX_QUESTION_LENGTH + " characters");
        }
        // A conversation belongs to the caller's view: another caller presenting its id starts a fresh one.
        String viewer = context.viewer();
        String conversation = conversationId.filter(id -> id.matches("[A-Za-z0-9-]{8,64}"))
                .filter(id -> !conversations.belongsToAnother(id, viewer))
                .orElseGet(() -> UUID.randomUUID().toString());
        Readiness ready = readiness.of(username, context);
        Answer answer;
        if (!ready.hasData()) {
            answer = new Answer(ready.message(), "offline", Optional.empty(), List.of(), Optional.empty(),
                    List.of(), Answer.Memory.empty());
        } else {
            Answer.Memory memory = conversations.latestContext(conversation, username, viewer, clock.instant())
                    .map(QueryService::memory).orElse(Answer.Memory.empty());
            answer = answerer.answer(username, question.trim(), memory, context);
            if (!ready.complete()) {
                answer = new Answer("_" + ready.message() + "_\n\n" + answer.answer(), answer.answerer(), answer.model(),
                        answer.toolCalls(), answer.chart(), answer.suggestions(), answer.memory());
            }
            // The repo a conversation is about stays in memory until a turn names another one.
            Answer.Memory remembered = new Answer.Memory(answer.memory().intent(),
                    answer.memory().repo().or(memory::repo), answer.memory().range(), answer.memory().repos(),
                    answer.memory().question(), answer.memory().person().or(memory::person));
            conversations.addTurn(conversation, username, viewer, question.trim(), answer.answer(), json(remembered),
                    clock.instant());
        }
        long elapsed = (System.nanoTime() - started) / 1_000_000;
        return new QueryResponse(answer.answer(), answer.answerer(), answer.model(), answer.toolCalls(), answer.chart(),
                answer.suggestions(), conversation, elapsed);
    }

    private static String json(Answer.Memory memory) {
        ObjectNode node = JSON.createObjectNode();
        memory.intent().ifPresent(intent -> node.put("intent", intent));
        memory.repo().ifPresent(repo -> node.put("repo", repo));
        memory.range().ifPresent(range -> node.putObject("range").put("since", range.since().toString())
                .put("until", range.until().toString()).put("label", range.label()));
        memory.question().ifPresent(question -> node.put("question", question));
        memory.person().ifPresent(person -> node.put("person", person));
        if (!memory.repos().isEmpty()) {
            memory.repos().forEach(node.putArray("repos")::add);
        }
        return JSON.writeValueAsString(node);
    }

    private static Answer.Memory memory(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            Optional<TimeRange> range = node.has("range")
                    ? Optional.of(new TimeRange(LocalDate.parse(node.get("range").get("since").asString()),
                    LocalDate.parse(node.get("range").get("until").asString()), node.get("range").get("label").asString()))
                    : Optional.empty();
            List<String> repos = new ArrayList<>();
            if (node.has("repos")) {
                node.get("repos").forEach(name -> repos.add(name.asString()));
            }
            return new Answer.Memory(Optional.ofNullable(node.get("intent")).map(JsonNode::asString),
                    Optional.ofNullable(node.get("repo")).map(JsonNode::asString), range, repos,
                    Optional.ofNullable(node.get("question")).map(JsonNode::asString),
                    Optional.ofNullable(node.get("person")).map(JsonNode::asString));
        } catch (JacksonException | IllegalArgumentException e) {
            return Answer.Memory.empty();
        }
    }
}
