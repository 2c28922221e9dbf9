package dev.penny.core.engine;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.conversation.Source;
import dev.penny.core.conversation.Turn;
import dev.penny.core.events.MessageCreated;
import dev.penny.core.events.SupportEvents;
import dev.penny.core.policy.Decision;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the turns Penny and agents add to a conversation, stored before they are returned for sending, and emits a
 * {@code message.created} for each turn it stored.
 */
final class TurnWriter {

    private final ConversationStore store;
    private final Clock clock;
    private final SupportEvents events;

    TurnWriter(ConversationStore store, Clock clock, SupportEvents events) {
        this.store = store;
        this.clock = clock;
        this.events = events;
    }

    Turn bot(ConversationId id, Source source, String text, List<String> quickReplies, Decision decision) {
        return stored(unstoredBot(id, source, text, quickReplies, decision));
    }

    /** A bot turn for {@link #storeAll}, which stores a batch's answers in one round trip. */
    Turn unstoredBot(ConversationId id, Source source, String text, List<String> quickReplies, Decision decision) {
        return Turn.bot(MessageId.random(), id, source, text, quickReplies, clock.instant(), decision);
    }

    void storeAll(List<Turn> turns) {
        List<Boolean> appended = store.appendAll(turns);
        List<MessageCreated> created = new ArrayList<>(turns.size());
        for (int i = 0; i < turns.size(); i++) {
            if (appended.get(i)) {
                created.add(MessageCreated.of(turns.get(i)));
            }
        }
        if (!created.isEmpty()) {
            events.emitAll(created);
        }
    }

    Turn agent(ConversationId id, String text) {
        return stored(Turn.agent(MessageId.random(), id, text, clock.instant()));
    }

    Turn system(ConversationId id, String text) {
        return stored(Turn.system(MessageId.random(), id, text, clock.instant()));
    }

    Turn stored(Turn turn) {
        if (store.append(turn)) {
            events.emit(MessageCreated.of(turn));
        }
        return turn;
    }
}
