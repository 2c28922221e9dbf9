package dev.penny.channels.e2e;

import dev.penny.core.channel.ChannelVisitor;
import dev.penny.core.channel.ConversationUpdate;
import dev.penny.core.conversation.ConversationId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The widget's visitor socket keeps the channel contract, over a real WebSocket. */
class WidgetChannelIT extends PennyChannelContract {

    @Override
    protected ChannelVisitor newVisitor() {
        SocketClient socket = SocketClient.visitor(port);
        return new WidgetVisitor(socket, new ConversationId(socket.startConversation()));
    }

    private record WidgetVisitor(SocketClient socket, ConversationId conversation) implements ChannelVisitor {

        @Override
        public Answer send(String messageId, String text) {
            socket.send("user.message", conversation.value(), messageId, Map.of("text", text));
            JsonNode ack = socket.next(f -> isAck(f, messageId), "ack of " + messageId);
            List<JsonNode> turns = new ArrayList<>();
            turns.add(socket.answerTo(messageId));
            // the answer's turns are sent one after another, right after the ack
            for (JsonNode more = socket.poll(Duration.ofMillis(500));
                    more != null && SocketClient.answers(more, messageId);
                    more = socket.poll(Duration.ofMillis(500))) {
                turns.add(more);
            }
            return new Answer(
                    turns.stream().map(t -> t.path("id").asString()).toList(),
                    turns.stream()
                            .map(t -> t.path("payload").path("text").asString())
                            .toList(),
                    turns.get(0).path("payload").path("route").asString(),
                    ack.path("payload").path("state").asString());
        }

        @Override
        public Update nextUpdate() {
            long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            while (System.nanoTime() < deadline) {
                JsonNode frame = socket.poll(Duration.ofNanos(deadline - System.nanoTime()));
                if (frame == null) {
                    return null;
                }
                JsonNode payload = frame.path("payload");
                String type = frame.path("type").asString();
                if (type.equals("bot.message")
                        && payload.path("source").asString().equals("agent")) {
                    return new Update(
                            ConversationUpdate.Kind.AGENT_MESSAGE,
                            payload.path("text").asString());
                }
                if (type.equals("handoff.status")) {
                    ConversationUpdate.Kind kind =
                            switch (payload.path("status").asString()) {
                                case "agent_joined" -> ConversationUpdate.Kind.AGENT_JOINED;
                                case "agent_left" -> ConversationUpdate.Kind.BACK_TO_BOT;
                                case "closed" -> ConversationUpdate.Kind.CLOSED;
                                default -> null; // waiting, and the queue position as it moves
                            };
                    if (kind != null) {
                        return new Update(kind, null);
                    }
                }
            }
            return null;
        }

        @Override
        public void close() {
            socket.close();
        }

        private static boolean isAck(JsonNode frame, String messageId) {
            return frame.path("type").asString().equals("ack")
                    && frame.path("id").asString().equals(messageId);
        }
    }
}
