package dev.penny.core.engine;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.conversation.Source;
import dev.penny.core.conversation.Turn;
import dev.penny.core.policy.Decision;
import java.time.Clock;
import java.util.List;

/** Writes the turns Penny and agents add to a conversation, stored before they are returned for sending. */
final class TurnWriter {

    private final ConversationStore store;
    private final Clock clock;

    TurnWriter(ConversationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    Turn bot(ConversationId id, Source source, String text, List<String> quickReplies, Decision decision) {
        return stored(unstoredBot(id, source, text, quickReplies, decision));
    }

    /** A bot turn for {@link #storeAll}, which stores a batch's answers in one round trip. */
    Turn unstoredBot(ConversationId id, Source source, String text, List<String> quickReplies, Decision decision) {
        return Turn.bot(MessageId.random(), id, source, text, quickReplies, clock.instant(), decision);
    }

    void storeAll(List<Turn> turns) {
        store.appendAll(turns);
    }

    Turn agent(ConversationId id, String text) {
        return stored(Turn.agent(MessageId.random(), id, text, clock.instant()));
    }

    Turn system(ConversationId id, String text) {
        return stored(Turn.system(MessageId.random(), id, text, clock.instant()));
    }

    Turn stored(Turn turn) {
        store.append(turn);
        return turn;
    }
}
