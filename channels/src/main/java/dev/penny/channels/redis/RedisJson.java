package dev.penny.channels.redis;

import dev.penny.core.conversation.Author;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.conversation.Source;
import dev.penny.core.conversation.Turn;
import dev.penny.core.handoff.LeftMessage;
import dev.penny.core.policy.Decision;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Penny stores in Redis and publishes between nodes. Ids and instants are plain strings (instants in ISO-8601
 * with full precision), so the documents read well in {@code redis-cli} and compare equal after a round trip.
 */
final class RedisJson {

    private final JsonMapper mapper = JsonMapper.builder().build();

    String write(Turn turn) {
        return mapper.writeValueAsString(new StoredTurn(
                turn.id().value(),
                turn.conversationId().value(),
                turn.author(),
                turn.source(),
                turn.text(),
                turn.quickReplies(),
                turn.at().toString(),
                turn.decision()));
    }

    Turn readTurn(String json) {
        StoredTurn stored = mapper.readValue(json, StoredTurn.class);
        return new Turn(
                new MessageId(stored.id()),
                new ConversationId(stored.conversationId()),
                stored.author(),
                stored.source(),
                stored.text(),
                stored.quickReplies(),
                Instant.parse(stored.at()),
                stored.decision());
    }

    String write(LeftMessage message) {
        return mapper.writeValueAsString(new StoredLeftMessage(
                message.conversationId().value(),
                message.email(),
                message.text(),
                message.at().toString()));
    }

    LeftMessage readLeftMessage(String json) {
        StoredLeftMessage stored = mapper.readValue(json, StoredLeftMessage.class);
        return new LeftMessage(
                new ConversationId(stored.conversationId()), stored.email(), stored.text(), Instant.parse(stored.at()));
    }

    record StoredTurn(
            String id,
            String conversationId,
            Author author,
            Source source,
            String text,
            List<String> quickReplies,
            String at,
            Decision decision) {}

    record StoredLeftMessage(String conversationId, String email, String text, String at) {}
}
