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

    LeftMessages(SupportEngine engine, int maxMessageChars) {
        this.engine = engine;
        this.maxMessageChars = maxMessageChars;
    }

    void leave(VisitorConnection connection, Envelope envelope) {
        ConversationId id = connection.requireConversation(envelope);
        String text = MessageText.check(envelope.text("text"), maxMessageChars);
        String email = envelope.text("email");
        if (email == null || email.isBlank()) {
            throw new BadFrame(ErrorCode.INVALID_EMAIL, "an email address is needed to answer the message");
        }
        connection.takeMessageToken();
        try {
            engine.leaveMessage(id, email, text);
        } catch (IllegalArgumentException e) {
            throw new BadFrame(ErrorCode.INVALID_EMAIL, "that does not look like an email address");
        }
        connection.send(VisitorFrames.handoffStatus(id, "message_left", 0, false));
    }
}
