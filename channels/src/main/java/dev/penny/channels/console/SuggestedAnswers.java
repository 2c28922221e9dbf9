package dev.penny.channels.console;

import dev.penny.channels.catalog.ServedCatalog;
import dev.penny.channels.web.ApiProblem;
import dev.penny.core.conversation.Author;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.conversation.Turn;
import dev.penny.core.understanding.FaqMatch;
import dev.penny.core.understanding.FaqRetriever;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the console asks besides the agent socket: {@code GET /api/agent/suggestions}, FAQ answers for what the visitor
 * is asking, which the agent inserts, edits and sends; and {@code GET /api/agent/me}, which tells a console whose
 * socket dropped whether its sign-in is still valid.
 */
@RestController
class SuggestedAnswers {

    static final int SUGGESTIONS = 3;
    // The newest messages only: the question the agent is answering is among them, and "a human please" on its own
    // matches nothing, so the question before it still counts.
    static final int RECENT_VISITOR_MESSAGES = 3;
    private static final int RECENT_TURNS = 20;

    private final ConversationStore store;
    private final ServedCatalog served;

    SuggestedAnswers(ConversationStore store, ServedCatalog served) {
        this.store = store;
        this.served = served;
    }

    /**
     * @param question the visitor's newest message, or the agent's own search
     * @param suggestions the best FAQ entries, best first
     */
    record Suggestions(String question, List<Suggestion> suggestions) {}

    /** @param answer the FAQ answer as written in the catalog (Markdown links) */
    record Suggestion(String intentId, String title, String answer, double score) {}

    record Me(String agent) {}

    /**
     * @param conversationId suggestions for this conversation's recent visitor messages
     * @param q or for this text, when the agent searches the FAQ
     */
    @GetMapping("/api/agent/suggestions")
    Suggestions suggestions(
            @RequestParam(required = false) String conversationId, @RequestParam(required = false) String q) {
        if (q != null && !q.isBlank()) {
            return new Suggestions(q.strip(), best(List.of(q.strip())));
        }
        ConversationId id = ApiProblem.conversationId(conversationId);
        List<String> asked = new ArrayList<>();
        for (Turn turn : store.recentTurns(id, RECENT_TURNS)) {
            if (turn.author() == Author.VISITOR) {
                asked.add(0, turn.text()); // newest first
            }
        }
        if (asked.isEmpty()) {
            return new Suggestions(null, List.of());
        }
        return new Suggestions(asked.get(0), best(asked.subList(0, Math.min(RECENT_VISITOR_MESSAGES, asked.size()))));
    }

    @GetMapping("/api/agent/me")
    Me me(Principal agent) {
        return new Me(agent.getName());
    }

    /** Each entry's best score over the questions, so an entry matching any of them ranks by its best match. */
    private List<Suggestion> best(List<String> questions) {
        Map<String, FaqMatch> byIntent = new LinkedHashMap<>();
        FaqRetriever retriever = served.understanding().retriever(); // one version for the whole answer
        for (String question : questions) {
            for (FaqMatch match : retriever.retrieve(question, SUGGESTIONS)) {
                byIntent.merge(match.entry().intentId(), match, (a, b) -> a.score() >= b.score() ? a : b);
            }
        }
        return byIntent.values().stream()
                .sorted(Comparator.comparingDouble(FaqMatch::score).reversed())
                .limit(SUGGESTIONS)
                .map(m -> new Suggestion(
                        m.entry().intentId(), m.entry().title(), m.entry().answer(), m.score()))
                .toList();
    }
}
