package dev.penny.channels.visitor;

import dev.penny.channels.wire.BadFrame;
import dev.penny.channels.wire.Envelope;
import dev.penny.channels.wire.ErrorCode;
import dev.penny.channels.wire.MessageText;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.engine.SupportEngine;

/** {@code leave.message}: a message and an email address for the team, when nobody was online to answer. */
final class LeftMessages {

    private final SupportEngine engine;
    private final int maxMessageChars;
    private final Allowances allowances;
    private final Allowances.Kind perConversation;

    LeftMessages(SupportEngine engine, int maxMessageChars, Allowances allowances, Allowances.Kind perConversation) {
        this.engine = engine;
        this.maxMessageChars = maxMessageChars;
        this.allowances = allowances;
        this.perConversation = perConversation;
    }

    void leave(VisitorConnection connection, Envelope envelope) {
        ConversationId id = connection.requireConversation(envelope);
        String text = MessageText.check(envelope.text("text"), maxMessageChars);
        String email = envelope.text("email");
        if (email == null || email.isBlank()) {
            throw new BadFrame(ErrorCode.INVALID_EMAIL, "an email address is needed to answer the message");
        }
        connection.takeMessageToken();
        if (!allowances.tryTake(perConversation, id)) {
            throw new BadFrame(
                    ErrorCode.TOO_MANY_LEFT_MESSAGES,
                    "this conversation has left as many messages as allowed; the team will answer by email");
        }
        if (!connection.address().tryLeaveMessage()) {
            throw new BadFrame(
                    ErrorCode.TOO_MANY_LEFT_MESSAGES, "too many messages left from your network; try again later");
        }
        try {
            engine.leaveMessage(id, email, text);
        } catch (IllegalArgumentException e) {
            throw new BadFrame(ErrorCode.INVALID_EMAIL, "that does not look like an email address");
        }
        connection.send(VisitorFrames.handoffStatus(id, "message_left", 0, false));
    }
}
