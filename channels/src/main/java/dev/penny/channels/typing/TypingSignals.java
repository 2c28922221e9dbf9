package dev.penny.channels.typing;

import dev.penny.core.conversation.ConversationId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * "Someone is typing" between a visitor and the agent holding their conversation, on this node only: typing is a
 * hint worth nothing a second later, so it is neither stored nor sent to other nodes.
 */
public final class TypingSignals {

    /** Who is typing. */
    public enum Typist {
        VISITOR,
        AGENT
    }

    /** Receives typing signals; called on the sender's thread, must not block. */
    public interface Listener {
        void typing(ConversationId conversation, Typist who);
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    public void listen(Listener listener) {
        listeners.add(listener);
    }

    public void typing(ConversationId conversation, Typist who) {
        listeners.forEach(l -> l.typing(conversation, who));
    }
}
