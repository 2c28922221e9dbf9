package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.webhooks.WebhookReceiver;
import dev.penny.core.channel.ChannelVisitor;
import dev.penny.core.channel.ConversationUpdate;
import dev.penny.core.conversation.ConversationId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The HTTP message API keeps the channel contract, as a bridge sees it: answers in the responses, and what happens
 * later as webhooks to the bridge's receiver.
 */
class HttpApiChannelIT extends PennyChannelContract {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Override
    protected ChannelVisitor newVisitor() {
        JsonNode started = post("/api/v1/conversations", "{\"channel\":\"contract\"}");
        return new BridgedVisitor(
                new ConversationId(started.path("conversationId").asString()));
    }

    private JsonNode post(String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer channel-contract-token")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
            return SocketClient.JSON.readTree(response.body());
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private final class BridgedVisitor implements ChannelVisitor {

        private final ConversationId conversation;
        private int webhooksTaken;

        BridgedVisitor(ConversationId conversation) {
            this.conversation = conversation;
        }

        @Override
        public ConversationId conversation() {
            return conversation;
        }

        @Override
        public Answer send(String messageId, String text) {
            JsonNode body = post(
                    "/api/v1/conversations/" + conversation.value() + "/messages",
                    SocketClient.JSON.writeValueAsString(Map.of("id", messageId, "text", text)));
            JsonNode replies = body.path("replies");
            return new Answer(
                    replies.valueStream().map(r -> r.path("id").asString()).toList(),
                    replies.valueStream().map(r -> r.path("text").asString()).toList(),
                    replies.get(0).path("route").asString(),
                    body.path("state").asString());
        }

        /** The next webhook of this conversation that tells the bridge something to pass on. */
        @Override
        public Update nextUpdate() {
            long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            while (System.nanoTime() < deadline) {
                var mine = RECEIVER.accepted().stream()
                        .map(WebhookReceiver.Received::json)
                        .filter(json -> json.path("conversationId").asString().equals(conversation.value()))
                        .toList();
                while (webhooksTaken < mine.size()) {
                    Update update = update(mine.get(webhooksTaken++));
                    if (update != null) {
                        return update;
                    }
                }
                sleep();
            }
            return null;
        }

        private static Update update(JsonNode event) {
            JsonNode data = event.path("data");
            return switch (event.path("type").asString()) {
                case "message.created" ->
                    data.path("author").asString().equals("agent")
                            ? new Update(
                                    ConversationUpdate.Kind.AGENT_MESSAGE,
                                    data.path("text").asString())
                            : null;
                case "handoff.claimed" -> new Update(ConversationUpdate.Kind.AGENT_JOINED, null);
                case "conversation.closed" -> new Update(ConversationUpdate.Kind.CLOSED, null);
                default -> null;
            };
        }

        private static void sleep() {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }

        @Override
        public void close() {}
    }
}
