package dev.penny.channels.visitor;

import dev.penny.channels.wire.BadFrame;
import dev.penny.channels.wire.Envelope;
import dev.penny.channels.wire.ErrorCode;
import dev.penny.core.channel.Resumption;
import dev.penny.core.channel.StartedConversation;
import dev.penny.core.channel.VisitorDesk;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationState;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.conversation.ResumeToken;

/**
 * {@code session.start}: begins a conversation and gives the widget its resume token, or resumes the conversation of
 * the token the widget kept and sends the turns it missed. Works on any node, since conversations live in the store.
 */
final class SessionStarts {

    private final VisitorDesk desk;
    private final VisitorConnections connections;
    private final WaitingPositions positions;
    private final int maxMessageChars;
    private final boolean forgetOnClose;
    private final VisitorIdentification identification;

    SessionStarts(
            VisitorDesk desk,
            VisitorConnections connections,
            WaitingPositions positions,
            int maxMessageChars,
            boolean forgetOnClose,
            VisitorIdentification identification) {
        this.identification = identification;
        this.desk = desk;
        this.connections = connections;
        this.positions = positions;
        this.maxMessageChars = maxMessageChars;
        this.forgetOnClose = forgetOnClose;
    }

    void start(VisitorConnection connection, Envelope envelope) {
        connection.countStart();
        String token = envelope.text("resumeToken");
        if (token == null) {
            if (envelope.text("conversationId") != null || envelope.conversationId() != null) {
                throw new BadFrame(
                        ErrorCode.RESUME_REFUSED,
                        "a conversation id does not resume a conversation; send the resumeToken, or start a new one");
            }
            connection.takeConversationToken();
            VisitorIdentification.Outcome identity = identification.check(envelope.payload());
            StartedConversation started = desk.start(connection, identity.verifiedUserId());
            attach(connection, started.id());
            connection.send(VisitorFrames.sessionStarted(started, maxMessageChars, forgetOnClose));
            identification.keep(started.id(), identity, connection, envelope.id());
            return;
        }
        ResumeToken parsed = ResumeToken.parse(token);
        if (parsed == null) {
            throw new BadFrame(ErrorCode.RESUME_REFUSED, "not a resume token; start a new conversation");
        }
        Resumption resumed = desk.resume(parsed, lastSeen(envelope))
                .orElseThrow(
                        () -> new BadFrame(
                                ErrorCode.RESUME_REFUSED,
                                "this conversation cannot be resumed (the token is not its own, or it expired); start a new one"));
        resume(connection, resumed);
        identification.keep(resumed.id(), identification.check(envelope.payload()), connection, envelope.id());
    }

    private void resume(VisitorConnection connection, Resumption resumed) {
        ConversationId id = resumed.id();
        attach(connection, id);
        connection.send(VisitorFrames.sessionResumed(resumed, maxMessageChars, forgetOnClose));
        if (resumed.state() == ConversationState.WAITING_FOR_AGENT) {
            int position = positions.of(id);
            connection.queuePosition(position);
            connection.send(VisitorFrames.handoffStatus(id, "waiting", position, false));
        } else if (resumed.state() == ConversationState.WITH_AGENT) {
            connection.send(VisitorFrames.handoffStatus(id, "agent_joined", 0, false));
        }
    }

    private void attach(VisitorConnection connection, ConversationId id) {
        connections.attach(connection, id);
        connection.following(desk.follow(connection, id));
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
