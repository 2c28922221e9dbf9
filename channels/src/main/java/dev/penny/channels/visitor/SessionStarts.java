package dev.penny.channels.visitor;

import dev.penny.channels.wire.BadFrame;
import dev.penny.channels.wire.Envelope;
import dev.penny.channels.wire.ErrorCode;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationState;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.conversation.Turn;
import dev.penny.core.engine.SupportEngine;
import java.util.List;
import java.util.Optional;

/**
 * {@code session.start}: begins a conversation, or resumes the one whose token the widget kept and sends the turns it
 * missed. Works on any node, since conversations live in the store.
 */
final class SessionStarts {

    private final ConversationStore store;
    private final SupportEngine engine;
    private final VisitorConnections connections;
    private final WaitingPositions positions;
    private final int maxMessageChars;
    private final VisitorIdentification identification;

    SessionStarts(
            ConversationStore store,
            SupportEngine engine,
            VisitorConnections connections,
            WaitingPositions positions,
            int maxMessageChars,
            VisitorIdentification identification) {
        this.identification = identification;
        this.store = store;
        this.engine = engine;
        this.connections = connections;
        this.positions = positions;
        this.maxMessageChars = maxMessageChars;
    }

    void start(VisitorConnection connection, Envelope envelope) {
        connection.countStart();
        String token = Optional.ofNullable(envelope.text("conversationId")).orElse(envelope.conversationId());
        if (token == null) {
            connection.takeConversationToken();
            VisitorIdentification.Outcome identity = identification.check(envelope.payload());
            ConversationId id = engine.startConversation("widget", identity.verifiedUserId());
            connections.attach(connection, id);
            connection.send(VisitorFrames.sessionStarted(id, false, ConversationState.BOT, maxMessageChars, List.of()));
            identification.keep(id, identity, connection, envelope.id());
            return;
        }
        if (!ConversationId.isValid(token)) {
            throw new BadFrame(ErrorCode.INVALID_CONVERSATION, "not a conversation token; start a new conversation");
        }
        ConversationId id = new ConversationId(token);
        resume(connection, id, lastSeen(envelope));
        identification.keep(id, identification.check(envelope.payload()), connection, envelope.id());
    }

    private void resume(VisitorConnection connection, ConversationId id, MessageId lastSeen) {
        Optional<ConversationState> stored = store.state(id);
        if (stored.isEmpty() && store.recentTurns(id, 1).isEmpty()) {
            throw new BadFrame(
                    ErrorCode.UNKNOWN_CONVERSATION, "no such conversation (it may have expired); start a new one");
        }
        ConversationState state = stored.orElse(ConversationState.BOT);
        List<Turn> missed = lastSeen == null ? store.transcript(id) : store.turnsAfter(id, lastSeen);
        connections.attach(connection, id);
        connection.send(VisitorFrames.sessionStarted(id, true, state, maxMessageChars, missed));
        if (state == ConversationState.WAITING_FOR_AGENT) {
            int position = positions.of(id);
            connection.queuePosition(position);
            connection.send(VisitorFrames.handoffStatus(id, "waiting", position, false));
        } else if (state == ConversationState.WITH_AGENT) {
            connection.send(VisitorFrames.handoffStatus(id, "agent_joined", 0, false));
        }
    }

    private static MessageId lastSeen(Envelope envelope) {
        String lastSeen = envelope.text("lastSeenId");
        if (lastSeen == null) {
            return null;
        }
        if (!MessageId.isValid(lastSeen)) {
            throw new BadFrame(ErrorCode.BAD_PAYLOAD, "payload.lastSeenId is not a message id");
        }
        return new MessageId(lastSeen);
    }
}
