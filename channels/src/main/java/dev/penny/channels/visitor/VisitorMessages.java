package dev.penny.channels.visitor;

import dev.penny.channels.dispatch.DispatchBusy;
import dev.penny.channels.ops.PennyMetrics;
import dev.penny.channels.wire.BadFrame;
import dev.penny.channels.wire.Envelope;
import dev.penny.channels.wire.ErrorCode;
import dev.penny.channels.wire.Frame;
import dev.penny.channels.wire.MessageText;
import dev.penny.core.channel.VisitorDesk;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.engine.StillAnswering;
import dev.penny.core.engine.VisitorMessage;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * {@code user.message} and {@code quick.reply}: checks the message, hands it to the visitor desk, and sends the reply
 * back to the socket it came from.
 */
final class VisitorMessages {

    private static final Logger log = LoggerFactory.getLogger(VisitorMessages.class);

    private final VisitorDesk desk;
    private final ReplyFrames replies;
    private final PennyMetrics metrics;
    private final ConversationStore store;
    private final int maxMessageChars;
    private final int maxTurns;

    VisitorMessages(
            VisitorDesk desk,
            ReplyFrames replies,
            PennyMetrics metrics,
            ConversationStore store,
            int maxMessageChars,
            int maxTurns) {
        this.desk = desk;
        this.replies = replies;
        this.metrics = metrics;
        this.store = store;
        this.maxMessageChars = maxMessageChars;
        this.maxTurns = maxTurns;
    }

    /** A typed message, or a quick reply: the chosen option's text, which the engine matches to the choice. */
    void receive(VisitorConnection connection, Envelope envelope) {
        ConversationId id = connection.requireConversation(envelope);
        String text = MessageText.check(envelope.text("text"), maxMessageChars);
        MessageId messageId = messageId(envelope.id());
        if (store.turnCount(id) >= maxTurns) {
            throw new BadFrame(
                    ErrorCode.TOO_MANY_TURNS,
                    "this conversation is as long as a conversation may be; start a new one to ask more");
        }
        connection.takeMessageToken();
        long arrived = System.nanoTime();
        desk.receive(new VisitorMessage(id, messageId, text)).whenComplete((reply, failure) -> {
            MDC.put("conversationId", id.value());
            try {
                if (failure != null) {
                    connection.send(refusal(failure, id, messageId));
                    return;
                }
                metrics.answered(reply, Duration.ofNanos(System.nanoTime() - arrived));
                replies.send(connection, reply);
            } finally {
                MDC.remove("conversationId");
            }
        });
    }

    /** The error frame for a message that was not answered; either way the widget may send it again. */
    private static Frame refusal(Throwable failure, ConversationId id, MessageId messageId) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof DispatchBusy busy) {
            return Frame.busy(busy.getMessage(), busy.retryAfter(), id.value(), messageId.value());
        }
        if (cause instanceof StillAnswering) {
            return Frame.error(
                    ErrorCode.STILL_ANSWERING,
                    "the message is still being answered; send it again in a few seconds",
                    id.value(),
                    messageId.value());
        }
        log.error("Could not answer message {}", messageId, failure);
        return Frame.error(
                ErrorCode.INTERNAL, "the message could not be answered; send it again", id.value(), messageId.value());
    }

    /** The widget's id for the message, which makes re-sending it safe; one is made up when it sent none. */
    private static MessageId messageId(String id) {
        if (id == null) {
            return MessageId.random();
        }
        if (!MessageId.isValid(id)) {
            throw new BadFrame(ErrorCode.BAD_PAYLOAD, "id must be 1 to 64 characters of [A-Za-z0-9_-]");
        }
        return new MessageId(id);
    }
}
