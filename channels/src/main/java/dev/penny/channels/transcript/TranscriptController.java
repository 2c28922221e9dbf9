package dev.penny.channels.transcript;

import dev.penny.channels.web.ApiProblem;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationState;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.conversation.Turn;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/conversations/{id}/transcript}: every turn, with the bot's reasons, for agents. */
@RestController
class TranscriptController {

    private final ConversationStore store;

    TranscriptController(ConversationStore store) {
        this.store = store;
    }

    /**
     * @param conversationId the conversation's public id
     * @param state who answers the conversation now
     * @param turns oldest first
     */
    record Transcript(String conversationId, String state, List<TurnView> turns) {}

    @GetMapping("/api/conversations/{id}/transcript")
    Transcript transcript(@PathVariable String id) {
        ConversationId conversation = ApiProblem.conversationId(id);
        List<Turn> turns = store.transcript(conversation);
        ConversationState state = store.state(conversation).orElse(null);
        if (turns.isEmpty() && state == null) {
            throw ApiProblem.unknownConversation(id);
        }
        String stateName =
                (state == null ? ConversationState.BOT : state).name().toLowerCase(Locale.ROOT);
        return new Transcript(conversation.value(), stateName, TurnView.of(turns));
    }
}
