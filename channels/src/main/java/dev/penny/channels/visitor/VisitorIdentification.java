package dev.penny.channels.visitor;

import dev.penny.channels.wire.ErrorCode;
import dev.penny.channels.wire.Frame;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.desk.IdentityCheck;
import dev.penny.core.desk.VisitorIdentities;
import dev.penny.core.desk.VisitorIdentity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The identity a host page sends with {@code session.start} ({@code payload.identity: {userId, attributes,
 * signature}}): checked against the site's secret and kept for agents, verified or not. A wrong signature is kept as
 * unverified and answered with an {@code identity_not_verified} error frame; a malformed identity is not kept at all
 * ({@code invalid_identity}). Either way the conversation goes on.
 */
final class VisitorIdentification {

    /** What came of the identity: what was checked, and the error frame's code and message when it was refused. */
    record Outcome(Optional<IdentityCheck.Checked> checked, ErrorCode refusal, String message) {

        static final Outcome NONE = new Outcome(Optional.empty(), null, null);

        /** The user id for the conversation-started event: only a verified one. */
        String verifiedUserId() {
            return checked.filter(c -> c.identity().verified())
                    .map(c -> c.identity().userId())
                    .orElse(null);
        }
    }

    private final IdentityCheck check;
    private final VisitorIdentities identities;

    VisitorIdentification(IdentityCheck check, VisitorIdentities identities) {
        this.check = check;
        this.identities = identities;
    }

    Outcome check(JsonNode payload) {
        JsonNode identity = payload == null ? null : payload.get("identity");
        if (identity == null || identity.isNull()) {
            return Outcome.NONE;
        }
        try {
            if (!identity.isObject() || !identity.path("userId").isString()) {
                throw new IllegalArgumentException("identity.userId must be a string");
            }
            JsonNode signature = identity.get("signature");
            if (signature != null && !signature.isNull() && !signature.isString()) {
                throw new IllegalArgumentException("identity.signature must be a hex string");
            }
            IdentityCheck.Checked checked = check.check(
                    identity.path("userId").asString(),
                    attributes(identity.get("attributes")),
                    signature == null || signature.isNull() ? null : signature.asString());
            return checked.verdict() == IdentityCheck.Verdict.FORGED
                    ? new Outcome(
                            Optional.of(checked),
                            ErrorCode.IDENTITY_NOT_VERIFIED,
                            "the identity's signature is not its user id's; agents see it as unverified")
                    : new Outcome(Optional.of(checked), null, null);
        } catch (IllegalArgumentException e) {
            return new Outcome(Optional.empty(), ErrorCode.INVALID_IDENTITY, e.getMessage() + "; nothing was kept");
        }
    }

    /** Keeps what was checked, and tells the visitor's page what was refused. */
    void keep(ConversationId id, Outcome outcome, VisitorConnection connection, String replyTo) {
        outcome.checked().ifPresent(c -> identities.remember(id, c.identity()));
        if (outcome.refusal() != null) {
            connection.send(Frame.error(outcome.refusal(), outcome.message(), id.value(), replyTo));
        }
    }

    private static Map<String, String> attributes(JsonNode attributes) {
        if (attributes == null || attributes.isNull()) {
            return Map.of();
        }
        if (!attributes.isObject()) {
            throw new IllegalArgumentException("identity.attributes must be an object of strings");
        }
        if (attributes.size() > VisitorIdentity.MAX_ATTRIBUTES) {
            throw new IllegalArgumentException("at most " + VisitorIdentity.MAX_ATTRIBUTES + " attributes");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> attribute : attributes.properties()) {
            JsonNode value = attribute.getValue();
            if (!value.isString() && !value.isNumber() && !value.isBoolean()) {
                throw new IllegalArgumentException("identity.attributes." + attribute.getKey() + " must be a string");
            }
            values.put(attribute.getKey(), value.asString());
        }
        return values;
    }
}
