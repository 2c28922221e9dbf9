package dev.penny.channels.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;

/**
 * A frame the server sends, in the same envelope as client frames.
 *
 * @param v the protocol version, {@link EnvelopeCodec#VERSION}
 * @param type what the frame is, e.g. {@code bot.message}
 * @param conversationId the conversation it belongs to, omitted when none
 * @param id the turn's id for turns; for replies and errors, the id of the client frame they answer; else omitted
 * @param payload the type-specific fields
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Frame(int v, String type, String conversationId, String id, Object payload) {

    public static Frame of(String type, String conversationId, String id, Object payload) {
        return new Frame(EnvelopeCodec.VERSION, type, conversationId, id, payload);
    }

    /** An {@code error} frame answering the client frame with id {@code replyTo} (may be null). */
    public static Frame error(ErrorCode code, String message, String conversationId, String replyTo) {
        return of("error", conversationId, replyTo, new ErrorPayload(code.wire(), message));
    }

    /** A {@code busy} error frame: the message was not accepted; the client sends it again after the hint. */
    public static Frame busy(String message, Duration retryAfter, String conversationId, String replyTo) {
        return of(
                "error",
                conversationId,
                replyTo,
                new BusyPayload(ErrorCode.BUSY.wire(), message, retryAfter.toMillis()));
    }

    /** The payload of an {@code error} frame. */
    public record ErrorPayload(String code, String message) {}

    /** The payload of a {@code busy} error frame, with how long to wait before sending again. */
    public record BusyPayload(String code, String message, long retryAfterMs) {}
}
