package dev.penny.channels.web;

import dev.penny.channels.wire.ErrorCode;
import dev.penny.core.conversation.ConversationId;
import org.springframework.http.HttpStatus;

/**
 * A refused REST request, answered as {@code {"code":"…","message":"…"}} with the same stable codes as the
 * WebSocket {@code error} frames.
 */
public final class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final ErrorCode code;

    public ApiProblem(HttpStatus status, ErrorCode code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    /** The conversation id in a path, or a 400 when it is not a well-formed token. */
    public static ConversationId conversationId(String text) {
        if (!ConversationId.isValid(text)) {
            throw new ApiProblem(
                    HttpStatus.BAD_REQUEST, ErrorCode.INVALID_CONVERSATION, "not a conversation token: " + text);
        }
        return new ConversationId(text);
    }

    public static ApiProblem unknownConversation(String id) {
        return new ApiProblem(HttpStatus.NOT_FOUND, ErrorCode.UNKNOWN_CONVERSATION, "no conversation " + id);
    }

    public HttpStatus status() {
        return status;
    }

    public ErrorCode code() {
        return code;
    }
}
