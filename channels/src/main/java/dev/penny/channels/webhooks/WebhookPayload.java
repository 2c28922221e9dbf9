package dev.penny.channels.webhooks;

import dev.penny.channels.wire.SourceLink;
import dev.penny.core.events.ConversationClosed;
import dev.penny.core.events.ConversationStarted;
import dev.penny.core.events.HandoffClaimed;
import dev.penny.core.events.HandoffRequested;
import dev.penny.core.events.MessageCreated;
import dev.penny.core.events.MessageLeft;
import dev.penny.core.events.SupportEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** A support event as the JSON body of a webhook: {@code {"id","type","at","conversationId","data"}}. */
final class WebhookPayload {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WebhookPayload() {}

    static String of(SupportEvent event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", event.id());
        body.put("type", event.type());
        body.put("at", event.at().toString());
        body.put("conversationId", event.conversationId().value());
        body.put("data", data(event));
        return JSON.writeValueAsString(body);
    }

    /** The conversation a body written by {@link #of} names; null for anything else. */
    static String conversationOf(String body) {
        try {
            return JSON.readTree(body).path("conversationId").asString(null);
        } catch (RuntimeException e) {
            return null; // not a body Penny wrote: it names no conversation
        }
    }

    private static Map<String, Object> data(SupportEvent event) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (event instanceof ConversationStarted e) {
            data.put("channel", e.channel());
            data.put("externalUserId", e.externalUserId());
        } else if (event instanceof MessageCreated e) {
            data.put("messageId", e.turn().id().value());
            data.put("author", lower(e.author()));
            data.put("text", e.turn().text());
            data.put("source", lower(e.source()));
            data.put("route", lower(e.route()));
            data.put("quickReplies", e.turn().quickReplies());
            List<SourceLink> sources = SourceLink.of(e.turn());
            if (sources != null) {
                data.put("sources", sources);
            }
        } else if (event instanceof HandoffRequested e) {
            data.put("reason", e.reason());
            data.put("agentsOnline", e.agentsOnline());
        } else if (event instanceof HandoffClaimed e) {
            data.put("agent", e.agent().value());
        } else if (event instanceof ConversationClosed e) {
            data.put("agent", e.agent().value());
        } else if (event instanceof MessageLeft e) {
            data.put("email", e.email());
            data.put("text", e.text());
        }
        return data;
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
