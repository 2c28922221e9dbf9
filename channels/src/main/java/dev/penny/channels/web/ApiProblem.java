package dev.penny.channels.web;

import dev.penny.channels.wire.ErrorCode;
import dev.penny.core.conversation.ConversationId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A refused REST request, answered as {@code {"code":"…","message":"…","problems":[…]}} with the same stable codes as
 * the WebSocket {@code error} frames. {@code problems} lists every problem found at once (empty when the refusal is
 * not about content); some refusals add members of their own, such as the intent as it is now after an edit conflict.
 */
public final class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final ErrorCode code;
    private final List<?> problems;
    private final Map<String, Object> members;

    public ApiProblem(HttpStatus status, ErrorCode code, String message) {
        this(status, code, message, List.of(), Map.of());
    }

    /**
     * @param problems every problem found, each written as a JSON object
     * @param members further members of the body, e.g. {@code current}; a null value is written as null
     */
    public ApiProblem(HttpStatus status, ErrorCode code, String message, List<?> problems, Map<String, ?> members) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.problems = List.copyOf(problems);
        this.members = new LinkedHashMap<>(members);
    }

    /** The conversation id in a path, or a 400 when it is not a well-formed token. */
    public static ConversationId conversationId(String text) {
        if (!ConversationId.isValid(text)) {
            throw new ApiProblem(
                    HttpStatus.BAD_REQUEST, ErrorCode.INVALID_CONVERSATION, "not a conversation id: " + text);
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

    /**
     * The refusal as a response: its status, and the body described above; a {@code retryAfterSeconds} member is also
     * sent as the {@code Retry-After} header.
     */
    public ResponseEntity<Map<String, Object>> response() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code.wire());
        body.put("message", getMessage());
        body.put("problems", problems);
        body.putAll(members);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
        Object retryAfter = members.get("retryAfterSeconds");
        if (retryAfter != null) {
            response.header("Retry-After", retryAfter.toString());
        }
        return response.body(body);
    }
}
