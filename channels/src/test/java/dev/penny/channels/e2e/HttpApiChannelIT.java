package dev.penny.channels.e2e;

import dev.penny.channels.webhooks.WebhookReceiver;
import dev.penny.core.channel.ChannelVisitor;
import dev.penny.core.channel.ConversationUpdate;
import dev.penny.core.conversation.ConversationId;
import java.time.Duration;
import tools.jackson.databind.JsonNode;

/**
 * The HTTP message API keeps the channel contract, as a bridge sees it: answers in the responses, and what happens
 * later as webhooks to the bridge's receiver.
 */
class HttpApiChannelIT extends PennyChannelContract {

    @Override
    protected ChannelVisitor newVisitor() {
        JsonNode started = bridge().postOk("/api/v1/conversations", "{\"channel\":\"contract\"}");
        return new BridgedVisitor(
                new ConversationId(started.path("conversationId").asString()));
    }

    private ApiBridge bridge() {
        return new ApiBridge(port, "channel-contract-token");
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
            JsonNode body =
                    bridge().postOk(ApiBridge.messages(conversation.value()), ApiBridge.message(messageId, text));
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
