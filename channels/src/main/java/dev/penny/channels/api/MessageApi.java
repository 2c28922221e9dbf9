package dev.penny.channels.api;

import dev.penny.channels.web.ApiProblem;
import dev.penny.channels.wire.ErrorCode;
import dev.penny.core.conversation.ConversationId;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/conversations}: the HTTP message API for bridges (a Slack app, a messaging provider's webhook, a
 * mobile app's backend). Bodies are read here, bounded, so that an oversized one is a 413 whether or not it declares
 * its length.
 */
@RestController
@RequestMapping("/api/v1/conversations")
class MessageApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApiConversations conversations;
    private final int maxBodyBytes;

    MessageApi(ApiConversations conversations) {
        this.conversations = conversations;
        this.maxBodyBytes = conversations.maxBodyBytes();
    }

    /** Body optional: {@code {"channel","externalUserId"}}. */
    @PostMapping
    ResponseEntity<Map<String, String>> start(HttpServletRequest request) throws IOException {
        JsonNode body = body(request, false);
        ConversationId id = conversations.start(text(body, "channel"), text(body, "externalUserId"));
        return ResponseEntity.created(URI.create("/api/v1/conversations/" + id.value()))
                .body(Map.of("conversationId", id.value()));
    }

    /** Body {@code {"id","text"}}; answers once the bot has decided. */
    @PostMapping("/{conversationId}/messages")
    CompletableFuture<ApiReply> message(@PathVariable String conversationId, HttpServletRequest request)
            throws IOException {
        ConversationId id = ApiProblem.conversationId(conversationId);
        JsonNode body = body(request, true);
        return conversations.post(id, text(body, "id"), text(body, "text"));
    }

    private JsonNode body(HttpServletRequest request, boolean required) throws IOException {
        if (request.getContentLengthLong() > maxBodyBytes) {
            throw tooLarge();
        }
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes(maxBodyBytes + 1);
        }
        if (bytes.length > maxBodyBytes) {
            throw tooLarge();
        }
        if (bytes.length == 0 && !required) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode body = JSON.readTree(bytes);
            if (body == null || !body.isObject()) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, ErrorCode.BAD_JSON, "the body must be a JSON object");
            }
            return body;
        } catch (JacksonException e) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, ErrorCode.BAD_JSON, "the body is not JSON");
        }
    }

    private ApiProblem tooLarge() {
        return new ApiProblem(
                HttpStatus.CONTENT_TOO_LARGE,
                ErrorCode.MESSAGE_TOO_LONG,
                "the body is over " + maxBodyBytes + " bytes");
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, ErrorCode.BAD_PAYLOAD, field + " must be a string");
        }
        return value.asString();
    }
}
