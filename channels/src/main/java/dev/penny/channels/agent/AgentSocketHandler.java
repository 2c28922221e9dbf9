package dev.penny.channels.agent;

import dev.penny.channels.wire.BadFrame;
import dev.penny.channels.wire.ClientSocket;
import dev.penny.channels.wire.Envelope;
import dev.penny.channels.wire.EnvelopeCodec;
import dev.penny.channels.wire.ErrorCode;
import dev.penny.channels.wire.Frame;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.handoff.AgentId;
import dev.penny.core.handoff.Claim;
import dev.penny.core.handoff.HumanHandoff;
import java.security.Principal;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.databind.JsonNode;

/**
 * {@code /ws/agent}, for signed-in agents: on connect the agent is online and gets the conversations they hold and
 * the queue; then console frames are handed to {@link AgentCommands}. Refusals are {@code error} frames.
 */
final class AgentSocketHandler extends TextWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(AgentSocketHandler.class);
    private static final String CONNECTION = "penny.agent";
    private static final int MAX_FRAME_CHARS = 64 * 1024;

    private final EnvelopeCodec codec;
    private final AgentConnections connections;
    private final AgentCommands commands;
    private final HumanHandoff handoff;
    private final QueueView queue;

    AgentSocketHandler(
            EnvelopeCodec codec,
            AgentConnections connections,
            AgentCommands commands,
            HumanHandoff handoff,
            QueueView queue) {
        this.codec = codec;
        this.connections = connections;
        this.commands = commands;
        this.handoff = handoff;
        this.queue = queue;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        Principal principal = session.getPrincipal();
        AgentId agent = new AgentId(principal.getName());
        AgentConnection connection = new AgentConnection(agent, new ClientSocket(session, codec));
        session.getAttributes().put(CONNECTION, connection);
        connections.opened(connection);
        handoff.agentOnline(agent);
        List<ConversationId> held =
                handoff.heldBy(agent).stream().map(Claim::conversationId).toList();
        held.forEach(id -> connections.holds(agent, id));
        connection.send(AgentFrames.started(agent.value(), held));
        connection.send(AgentFrames.queue(queue.now()));
        log.info("Agent {} connected", agent);
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        AgentConnection connection = (AgentConnection) session.getAttributes().get(CONNECTION);
        Envelope envelope = null;
        try {
            if (message.getPayloadLength() > MAX_FRAME_CHARS) {
                throw new BadFrame(ErrorCode.MESSAGE_TOO_LONG, "the frame is too large");
            }
            envelope = codec.read(message.getPayload());
            if (envelope.conversationId() != null) {
                MDC.put("conversationId", envelope.conversationId());
            }
            handle(connection, envelope);
        } catch (BadFrame refused) {
            connection.send(Frame.error(refused.code(), refused.getMessage(), conversation(envelope), id(envelope)));
        } catch (RuntimeException e) {
            log.error("Agent frame failed for {}", connection.agent(), e);
            connection.send(Frame.error(ErrorCode.INTERNAL, "the server failed", conversation(envelope), id(envelope)));
        } finally {
            MDC.remove("conversationId");
        }
    }

    private void handle(AgentConnection connection, Envelope envelope) {
        switch (envelope.type()) {
            case "agent.claim" -> commands.claim(connection, envelope);
            case "agent.message" -> commands.message(connection, envelope);
            case "agent.release" -> commands.release(connection, envelope);
            case "agent.close" -> commands.close(connection, envelope);
            case "agent.note" -> commands.note(connection, envelope);
            case "agent.transfer" -> commands.transfer(connection, envelope);
            case "left.messages" -> commands.leftMessages(connection, envelope);
            case "queue.page" -> connection.send(AgentFrames.queue(queue.page(offset(envelope)), envelope.id()));
            case "agent.typing" -> commands.typing(connection, envelope);
            case "heartbeat" -> handoff.agentOnline(connection.agent());
            case "ping" -> connection.send(Frame.of("pong", null, envelope.id(), null));
            default -> throw new BadFrame(ErrorCode.UNKNOWN_TYPE, "unknown frame type " + envelope.type());
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        if (session.getAttributes().get(CONNECTION) instanceof AgentConnection connection) {
            if (connections.closed(connection)) {
                // Another node's console, if any, marks the agent online again at its next heartbeat.
                handoff.agentOffline(connection.agent());
            }
            log.info("Agent {} disconnected ({})", connection.agent(), status.getCode());
        }
    }

    private static String conversation(Envelope envelope) {
        return envelope == null ? null : envelope.conversationId();
    }

    private static String id(Envelope envelope) {
        return envelope == null ? null : envelope.id();
    }

    // queue.page {"offset": n}: a non-negative whole number; absent means the first page.
    private static int offset(Envelope envelope) {
        JsonNode offset = envelope.payload().get("offset");
        if (offset == null || offset.isNull()) {
            return 0;
        }
        if (!offset.isIntegralNumber() || !offset.canConvertToInt() || offset.intValue() < 0) {
            throw new BadFrame(ErrorCode.BAD_PAYLOAD, "payload.offset must be a whole number, 0 or more");
        }
        return offset.intValue();
    }
}
