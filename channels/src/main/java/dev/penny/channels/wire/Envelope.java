package dev.penny.channels.wire;

import tools.jackson.databind.JsonNode;

/**
 * A frame a client sent: {@code {"v":1,"type":"user.message","conversationId":"…","id":"…","payload":{…}}}.
 *
 * @param type what the frame is, e.g. {@code user.message}
 * @param conversationId the conversation the client names, or null
 * @param id the client's id for the frame (a visitor message's id, for idempotency), or null
 * @param payload the type-specific fields; an empty object when absent
 */
public record Envelope(String type, String conversationId, String id, JsonNode payload) {

    /** A payload field as text, or null when absent; a field of another JSON type is refused. */
    public String text(String field) {
        JsonNode node = payload.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw new BadFrame(ErrorCode.BAD_PAYLOAD, "payload." + field + " must be a string");
        }
        return node.stringValue();
    }

    /** A payload field that must be present as text. */
    public String requiredText(String field) {
        String value = text(field);
        if (value == null) {
            throw new BadFrame(ErrorCode.BAD_PAYLOAD, "payload." + field + " is required");
        }
        return value;
    }
}
