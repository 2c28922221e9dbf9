package dev.penny.channels.desk;

import dev.penny.channels.web.ApiProblem;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.desk.ConversationNotes;
import dev.penny.core.desk.VisitorIdentities;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/conversations/{id}/desk}: the team's notes on a conversation and its visitor's identity. */
@RestController
class DeskController {

    private final ConversationStore store;
    private final ConversationNotes notes;
    private final VisitorIdentities identities;

    DeskController(ConversationStore store, ConversationNotes notes, VisitorIdentities identities) {
        this.store = store;
        this.notes = notes;
        this.identities = identities;
    }

    /** @param identity null when the page sent none */
    record Desk(String conversationId, List<NoteView> notes, IdentityView identity) {}

    @GetMapping("/api/conversations/{id}/desk")
    Desk desk(@PathVariable String id) {
        ConversationId conversation = ApiProblem.conversationId(id);
        if (store.state(conversation).isEmpty()
                && store.recentTurns(conversation, 1).isEmpty()) {
            throw ApiProblem.unknownConversation(id);
        }
        return new Desk(
                conversation.value(),
                NoteView.of(notes.of(conversation)),
                IdentityView.of(identities.of(conversation).orElse(null)));
    }
}
