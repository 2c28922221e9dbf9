package dev.penny.channels.wire;

import java.util.Locale;

/**
 * Why the server refused a frame, as the {@code code} of an {@code error} frame. Codes are stable: clients switch on
 * them, so a code is never renamed or reused; the accompanying {@code message} is for people and may change.
 */
public enum ErrorCode {
    /** The frame is not a JSON object. */
    BAD_JSON,
    /** {@code v} is missing or not a version this server speaks. */
    UNSUPPORTED_VERSION,
    /** {@code type} is missing or not a frame type of this endpoint. */
    UNKNOWN_TYPE,
    /** A payload field is missing or malformed (the message says which). */
    BAD_PAYLOAD,
    /** A conversation frame arrived before {@code session.start}. */
    NOT_STARTED,
    /** The text is longer than the configured maximum. */
    MESSAGE_TOO_LONG,
    /** The text is empty or blank. */
    EMPTY_MESSAGE,
    /** The connection sent more messages than the rate limit allows; wait and send again. */
    RATE_LIMITED,
    /** The conversation token is not a well-formed token. */
    INVALID_CONVERSATION,
    /** The conversation token names no conversation this server knows (never started, or expired). */
    UNKNOWN_CONVERSATION,
    /** The frame names a conversation other than the one this connection started or resumed. */
    CONVERSATION_MISMATCH,
    /** The email address of a left message does not look like one. */
    INVALID_EMAIL,
    /** Another agent claimed the conversation first. */
    ALREADY_CLAIMED,
    /** The conversation is not waiting for an agent (nobody handed it off, or it was released). */
    NOT_WAITING,
    /** The agent does not hold the conversation. */
    NOT_HELD,
    /** The server failed; the frame may be sent again. */
    INTERNAL;

    /** The code as it appears on the wire, e.g. {@code bad_json}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
