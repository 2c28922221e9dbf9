package dev.penny.channels.visitor;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.handoff.HumanHandoff;
import dev.penny.core.handoff.WaitingConversation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Where conversations stand in the agents' queue, 1 being next. */
final class WaitingPositions {

    private final HumanHandoff handoff;

    WaitingPositions(HumanHandoff handoff) {
        this.handoff = handoff;
    }

    /** The position of one conversation; 0 when it is not waiting. */
    int of(ConversationId id) {
        return all().getOrDefault(id, 0);
    }

    Map<ConversationId, Integer> all() {
        List<WaitingConversation> queue = handoff.queue();
        Map<ConversationId, Integer> positions = new HashMap<>();
        for (int i = 0; i < queue.size(); i++) {
            positions.put(queue.get(i).conversationId(), i + 1);
        }
        return positions;
    }
}
