package dev.penny.core.events;

import dev.penny.core.conversation.ConversationId;
import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened in a conversation, told once to whoever listens (webhooks, the embedding application).
 *
 * <p>Events are emitted where they happen, after what they report is stored, and only by the node that did it: a turn
 * relayed to another node's socket is not a second event. Per conversation they are emitted in the order they
 * happened.
 */
public sealed interface SupportEvent
        permits ConversationStarted, MessageCreated, HandoffRequested, HandoffClaimed, ConversationClosed, MessageLeft {

    /** Unique per event, so a receiver that is sent an event twice (delivery is at least once) can tell. */
    String id();

    /** When it happened. */
    Instant at();

    /** The conversation it happened in. */
    ConversationId conversationId();

    /** The event's name on the wire, e.g. {@code message.created}. */
    String type();

    /** A new random event id. */
    static String newId() {
        return UUID.randomUUID().toString();
    }
}
