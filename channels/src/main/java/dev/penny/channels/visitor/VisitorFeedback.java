package dev.penny.channels.visitor;

import dev.penny.channels.wire.BadFrame;
import dev.penny.channels.wire.Envelope;
import dev.penny.channels.wire.ErrorCode;
import dev.penny.channels.wire.Frame;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.feedback.FeedbackDesk;
import dev.penny.core.feedback.FeedbackRefused;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * {@code feedback} (payload {@code turnId}, {@code helpful} true or false, optional {@code comment}) on a bot answer,
 * and {@code rating} (payload {@code score} 1–5, optional {@code comment}) of a conversation an agent took part in.
 * Each is answered by {@code feedback.saved} echoing what was stored; sending again replaces it.
 */
final class VisitorFeedback {

    private final FeedbackDesk desk;

    VisitorFeedback(FeedbackDesk desk) {
        this.desk = desk;
    }

    void onAnswer(VisitorConnection connection, Envelope envelope) {
        ConversationId id = connection.requireConversation(envelope);
        MessageId turn = turnId(envelope.requiredText("turnId"));
        JsonNode helpful = envelope.payload().get("helpful");
        if (helpful == null || !helpful.isBoolean()) {
            throw new BadFrame(ErrorCode.INVALID_FEEDBACK, "payload.helpful must be true or false");
        }
        connection.takeMessageToken();
        refusing(() -> desk.onAnswer(id, turn, helpful.booleanValue(), envelope.text("comment")));
        Map<String, Object> saved = new LinkedHashMap<>();
        saved.put("turnId", turn.value());
        saved.put("helpful", helpful.booleanValue());
        connection.send(Frame.of("feedback.saved", id.value(), envelope.id(), saved));
    }

    void rate(VisitorConnection connection, Envelope envelope) {
        ConversationId id = connection.requireConversation(envelope);
        JsonNode score = envelope.payload().get("score");
        if (score == null || !score.isIntegralNumber() || !score.canConvertToInt()) {
            throw new BadFrame(ErrorCode.INVALID_FEEDBACK, "payload.score must be a whole number from 1 to 5");
        }
        connection.takeMessageToken();
        refusing(() -> desk.rate(id, score.intValue(), envelope.text("comment")));
        connection.send(Frame.of("feedback.saved", id.value(), envelope.id(), Map.of("score", score.intValue())));
    }

    private static MessageId turnId(String value) {
        try {
            return new MessageId(value);
        } catch (IllegalArgumentException e) {
            throw new BadFrame(ErrorCode.NOT_A_BOT_ANSWER, "payload.turnId names no turn");
        }
    }

    private static void refusing(Runnable action) {
        try {
            action.run();
        } catch (FeedbackRefused refused) {
            ErrorCode code = switch (refused.reason()) {
                case NOT_A_BOT_ANSWER -> ErrorCode.NOT_A_BOT_ANSWER;
                case INVALID_FEEDBACK -> ErrorCode.INVALID_FEEDBACK;
                case NOTHING_TO_RATE -> ErrorCode.NOTHING_TO_RATE;
            };
            throw new BadFrame(code, refused.getMessage());
        }
    }
}
