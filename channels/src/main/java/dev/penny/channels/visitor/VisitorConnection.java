package dev.penny.channels.visitor;

import dev.penny.channels.wire.BadFrame;
import dev.penny.channels.wire.ClientSocket;
import dev.penny.channels.wire.Envelope;
import dev.penny.channels.wire.ErrorCode;
import dev.penny.channels.wire.Frame;
import dev.penny.core.channel.Channel;
import dev.penny.core.channel.ConversationUpdate;
import dev.penny.core.channel.VisitorDesk;
import dev.penny.core.conversation.ConversationId;

/**
 * One visitor socket and the conversation it started or resumed: the widget's {@link Channel}, one per socket. The
 * socket belongs to the transport; the conversation to the visitor, who may resume it on another socket or node.
 */
final class VisitorConnection implements Channel {

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
    private VisitorDesk.Following following;

    VisitorConnection(ClientSocket socket, RateLimit rateLimit, AddressLimits.Address address) {
        this.socket = socket;
        this.rateLimit = rateLimit;
        this.address = address;
    }

    @Override
    public String name() {
        return "widget";
    }

    /** An agent's message, or a notice with the {@code handoff.status} it brings. */
    @Override
    public void deliver(ConversationUpdate update) {
        ConversationId id = update.conversationId();
        send(VisitorFrames.botMessage(update.turn(), null));
        String status = switch (update.kind()) {
            case AGENT_MESSAGE -> null;
            case AGENT_JOINED -> "agent_joined";
            case BACK_TO_BOT -> "agent_left";
            case CLOSED -> "closed";
        };
        if (status != null) {
            synchronized (this) {
                queuePosition(0);
                send(VisitorFrames.handoffStatus(id, status, 0, false));
            }
        }
    }

    /**
     * Tells a waiting visitor a new queue position. Under the same lock as an agent joining, so a recount that raced
     * with the claim never tells a visitor who is already with an agent that they wait.
     */
    synchronized void movedInQueue(int position) {
        if (queuePosition > 0 && position != queuePosition) {
            queuePosition = position;
            send(VisitorFrames.handoffStatus(conversation, "waiting", position, false));
        }
    }

    /** Follows the conversation it started or resumed, and no longer the one before. */
    synchronized void following(VisitorDesk.Following next) {
        stopFollowing();
        following = next;
    }

    synchronized void stopFollowing() {
        if (following != null) {
            following.close();
            following = null;
        }
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
