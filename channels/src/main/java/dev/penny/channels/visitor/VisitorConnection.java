package dev.penny.channels.visitor;

import dev.penny.channels.wire.BadFrame;
import dev.penny.channels.wire.ClientSocket;
import dev.penny.channels.wire.Envelope;
import dev.penny.channels.wire.ErrorCode;
import dev.penny.channels.wire.Frame;
import dev.penny.core.conversation.ConversationId;

/**
 * One visitor socket and the conversation it started or resumed. The socket belongs to the transport; the
 * conversation to the visitor, who may resume it on another socket or node.
 */
final class VisitorConnection {

    private static final long TYPING_EVERY_NANOS = 1_000_000_000L;
    // Each start stores a conversation; a widget needs one, or a few after errors. More is a script filling the store.
    private static final int MAX_STARTS = 10;

    private final ClientSocket socket;
    private final RateLimit rateLimit;
    private final AddressLimits.Address address;
    private volatile ConversationId conversation;
    private volatile int queuePosition;
    private volatile long lastTypingNanos;
    private int starts;

    VisitorConnection(ClientSocket socket, RateLimit rateLimit, AddressLimits.Address address) {
        this.socket = socket;
        this.rateLimit = rateLimit;
        this.address = address;
    }

    AddressLimits.Address address() {
        return address;
    }

    void send(Frame frame) {
        socket.send(frame);
    }

    ClientSocket socket() {
        return socket;
    }

    ConversationId conversation() {
        return conversation;
    }

    void conversation(ConversationId id) {
        this.conversation = id;
        this.queuePosition = 0;
    }

    /** The conversation a frame acts on: this connection's, which the frame may name but not change. */
    ConversationId requireConversation(Envelope envelope) {
        ConversationId id = conversation;
        if (id == null) {
            throw new BadFrame(ErrorCode.NOT_STARTED, "send session.start first");
        }
        if (envelope.conversationId() != null && !envelope.conversationId().equals(id.value())) {
            throw new BadFrame(
                    ErrorCode.CONVERSATION_MISMATCH, "this connection is in another conversation; start or resume it");
        }
        return id;
    }

    void takeMessageToken() {
        if (!rateLimit.tryAcquire()) {
            throw new BadFrame(ErrorCode.RATE_LIMITED, "too many messages; wait a few seconds and send again");
        }
        if (!address.trySendMessage()) {
            throw new BadFrame(
                    ErrorCode.RATE_LIMITED, "too many messages from your network; wait a minute and send again");
        }
    }

    /** Takes the address's allowance for a new conversation (resuming one takes none). */
    void takeConversationToken() {
        if (!address.tryStartConversation()) {
            throw new BadFrame(ErrorCode.RATE_LIMITED, "too many new conversations from your network; try again later");
        }
    }

    /** Counts a {@code session.start}; refused beyond a handful per connection. */
    synchronized void countStart() {
        if (++starts > MAX_STARTS) {
            throw new BadFrame(ErrorCode.RATE_LIMITED, "too many session starts on this connection; reconnect");
        }
    }

    /** Typing signals are hints: at most one a second is passed on, the rest silently dropped. */
    boolean typingDue() {
        long now = System.nanoTime();
        if (now - lastTypingNanos < TYPING_EVERY_NANOS) {
            return false;
        }
        lastTypingNanos = now;
        return true;
    }

    /** The queue position last told to the visitor; 0 when not waiting. */
    int queuePosition() {
        return queuePosition;
    }

    void queuePosition(int position) {
        this.queuePosition = position;
    }
}
