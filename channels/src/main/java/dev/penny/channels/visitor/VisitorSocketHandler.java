package dev.penny.channels.visitor;

import dev.penny.channels.typing.TypingSignals;
import dev.penny.channels.wire.BadFrame;
import dev.penny.channels.wire.ClientSocket;
import dev.penny.channels.wire.CloseCodes;
import dev.penny.channels.wire.Envelope;
import dev.penny.channels.wire.EnvelopeCodec;
import dev.penny.channels.wire.ErrorCode;
import dev.penny.channels.wire.Frame;
import dev.penny.core.conversation.ConversationId;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * {@code /ws/visitor}: reads envelopes and hands each frame type to what handles it. Every refused frame is answered
 * with an {@code error} frame; the socket stays open.
 */
final class VisitorSocketHandler extends TextWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(VisitorSocketHandler.class);
    private static final String CONNECTION = "penny.visitor";

    private final EnvelopeCodec codec;
    private final VisitorConnections connections;
    private final SessionStarts starts;
    private final VisitorMessages messages;
    private final LeftMessages leftMessages;
    private final VisitorFeedback feedback;
    private final TypingSignals typing;
    private final VisitorLimits limits;
    private final AddressLimits addresses;
    private final Duration idleTimeout;
    private final Clock clock;

    VisitorSocketHandler(
            EnvelopeCodec codec,
            VisitorConnections connections,
            SessionStarts starts,
            VisitorMessages messages,
            LeftMessages leftMessages,
            VisitorFeedback feedback,
            TypingSignals typing,
            VisitorLimits limits,
            AbuseProperties abuse,
            AddressLimits addresses,
            Clock clock) {
        this.codec = codec;
        this.connections = connections;
        this.starts = starts;
        this.messages = messages;
        this.leftMessages = leftMessages;
        this.feedback = feedback;
        this.typing = typing;
        this.limits = limits;
        this.addresses = addresses;
        this.idleTimeout = abuse.idleTimeout();
        this.clock = clock;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        ClientSocket socket = new ClientSocket(session, codec);
        String client = clientAddress(session);
        AddressLimits.Address address = addresses.open(client);
        if (address == null) {
            log.warn("Visitor socket refused: {} holds as many as allowed (penny.abuse.sockets-per-address)", client);
            socket.send(Frame.error(
                    ErrorCode.TOO_MANY_CONNECTIONS,
                    "too many open chats from your network; close one and try again",
                    null,
                    null));
            socket.close(CloseCodes.TOO_MANY_CONNECTIONS);
            return;
        }
        if (session instanceof NativeWebSocketSession nativeSession
                && nativeSession.getNativeSession() instanceof jakarta.websocket.Session container) {
            container.setMaxIdleTimeout(idleTimeout.toMillis());
        }
        VisitorConnection connection =
                new VisitorConnection(socket, new RateLimit(clock, limits.burst(), limits.period()), address);
        session.getAttributes().put(CONNECTION, connection);
        connections.opened(connection);
    }

    private static String clientAddress(WebSocketSession session) {
        InetSocketAddress remote = session.getRemoteAddress();
        return remote == null ? "unknown" : remote.getHostString();
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        VisitorConnection connection =
                (VisitorConnection) session.getAttributes().get(CONNECTION);
        if (connection == null) {
            return; // refused at opening, and being closed
        }
        ConversationId conversation = connection.conversation();
        if (conversation != null) {
            MDC.put("conversationId", conversation.value());
        }
        Envelope envelope = null;
        try {
            if (message.getPayloadLength() > limits.maxFrameChars()) {
                throw new BadFrame(ErrorCode.MESSAGE_TOO_LONG, "the frame is too large");
            }
            envelope = codec.read(message.getPayload());
            handle(connection, envelope);
        } catch (BadFrame refused) {
            connection.send(Frame.error(refused.code(), refused.getMessage(), idOf(conversation), idOf(envelope)));
        } catch (RuntimeException e) {
            log.error("Visitor frame failed on {}", connection.socket().transportId(), e);
            connection.send(Frame.error(ErrorCode.INTERNAL, "the server failed", idOf(conversation), idOf(envelope)));
        } finally {
            MDC.remove("conversationId");
        }
    }

    private void handle(VisitorConnection connection, Envelope envelope) {
        switch (envelope.type()) {
            case "session.start" -> starts.start(connection, envelope);
            case "user.message", "quick.reply" -> messages.receive(connection, envelope);
            case "leave.message" -> leftMessages.leave(connection, envelope);
            case "feedback" -> feedback.onAnswer(connection, envelope);
            case "rating" -> feedback.rate(connection, envelope);
            case "typing" -> {
                ConversationId id = connection.requireConversation(envelope);
                if (connection.typingDue()) {
                    typing.typing(id, TypingSignals.Typist.VISITOR);
                }
            }
            case "ping" -> connection.send(VisitorFrames.pong(envelope.id()));
            default -> throw new BadFrame(ErrorCode.UNKNOWN_TYPE, "unknown frame type " + envelope.type());
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        Object connection = session.getAttributes().get(CONNECTION);
        if (connection instanceof VisitorConnection visitor) {
            connections.closed(visitor);
            visitor.address().closed();
        }
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) {
        log.debug("Visitor transport error on {}: {}", session.getId(), exception.toString());
    }

    private static String idOf(ConversationId id) {
        return id == null ? null : id.value();
    }

    private static String idOf(Envelope envelope) {
        return envelope == null ? null : envelope.id();
    }
}
