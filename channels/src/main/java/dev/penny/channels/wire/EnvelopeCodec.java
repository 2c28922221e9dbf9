package dev.penny.channels.wire;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/** Reads client frames and writes server frames; every way a client frame can be malformed is a {@link BadFrame}. */
public final class EnvelopeCodec {

    /** The one protocol version this server speaks. */
    public static final int VERSION = 1;

    private final JsonMapper json;

    public EnvelopeCodec(JsonMapper json) {
        this.json = json;
    }

    public Envelope read(String text) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JacksonException e) {
            throw new BadFrame(ErrorCode.BAD_JSON, "the frame is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new BadFrame(ErrorCode.BAD_JSON, "the frame must be a JSON object");
        }
        JsonNode version = root.get("v");
        if (version == null || !version.isIntegralNumber() || version.asInt() != VERSION) {
            throw new BadFrame(ErrorCode.UNSUPPORTED_VERSION, "this server speaks protocol version " + VERSION);
        }
        String type = optionalText(root, "type", ErrorCode.UNKNOWN_TYPE);
        if (type == null || type.isBlank()) {
            throw new BadFrame(ErrorCode.UNKNOWN_TYPE, "the frame has no type");
        }
        JsonNode payload = root.get("payload");
        if (payload == null || payload.isNull()) {
            payload = JsonNodeFactory.instance.objectNode();
        } else if (!payload.isObject()) {
            throw new BadFrame(ErrorCode.BAD_PAYLOAD, "payload must be an object");
        }
        return new Envelope(
                type,
                optionalText(root, "conversationId", ErrorCode.BAD_PAYLOAD),
                optionalText(root, "id", ErrorCode.BAD_PAYLOAD),
                payload);
    }

    public String write(Frame frame) {
        return json.writeValueAsString(frame);
    }

    private static String optionalText(JsonNode root, String field, ErrorCode code) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw new BadFrame(code, field + " must be a string");
        }
        return node.stringValue();
    }
}
