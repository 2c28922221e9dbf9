package dev.penny.channels.wire;

import org.springframework.web.socket.CloseStatus;

/**
 * The close codes Penny's endpoints use. Bad frames never close a socket (they get {@code error} frames); a socket is
 * closed only for these reasons, by the container after its idle timeout, or by the container with 1009 for a frame
 * over {@link MessageText#largestFrameChars()}, which no client of Penny's sends.
 */
public final class CloseCodes {

    /** The server is shutting down (1001); reconnect, to another node, and resume. */
    public static final CloseStatus SERVER_SHUTDOWN = CloseStatus.GOING_AWAY.withReason("server_shutdown");

    /**
     * The client stopped reading and its send buffer overflowed; sent by Spring's {@code
     * ConcurrentWebSocketSessionDecorator} (4500). Reconnect and resume.
     */
    public static final CloseStatus SLOW_CONSUMER = CloseStatus.SESSION_NOT_RELIABLE.withReason("slow_consumer");

    /** The client's address holds as many visitor sockets as allowed (1008); close another before reconnecting. */
    public static final CloseStatus TOO_MANY_CONNECTIONS =
            CloseStatus.POLICY_VIOLATION.withReason("too_many_connections");

    /**
     * The conversation was erased at its visitor's request (4410): nothing of it is kept, so the client forgets its
     * token and does not resume it; a new message starts a new conversation.
     */
    public static final CloseStatus CONVERSATION_ERASED = new CloseStatus(4410, "conversation_erased");

    private CloseCodes() {}
}
