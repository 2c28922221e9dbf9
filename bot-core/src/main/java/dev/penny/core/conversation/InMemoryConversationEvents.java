package dev.penny.core.conversation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** {@link ConversationEvents} within one node: the embedded default, where there is no other node to tell. */
public final class InMemoryConversationEvents implements ConversationEvents {

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void turnAppended(Turn turn) {
        listeners.forEach(l -> l.onTurn(turn));
    }

    @Override
    public void queueChanged() {
        listeners.forEach(Listener::onQueueChanged);
    }

    @Override
    public void conversationErased(ConversationId id) {
        listeners.forEach(l -> l.onConversationErased(id));
    }

    @Override
    public Subscription subscribe(Listener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
