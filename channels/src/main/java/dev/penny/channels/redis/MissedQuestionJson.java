package dev.penny.channels.redis;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.learning.AgentAnswer;
import dev.penny.core.learning.MissedQuestion;
import dev.penny.core.policy.Route;
import dev.penny.core.understanding.IntentScore;
import java.time.Instant;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of missed questions and agent answers in Redis, written like {@link RedisJson}'s: ids and instants as
 * plain strings, so entries read well in {@code redis-cli} and compare equal after a round trip.
 */
final class MissedQuestionJson {

    private final JsonMapper mapper = JsonMapper.builder().build();

    String write(MissedQuestion question) {
        return mapper.writeValueAsString(new StoredQuestion(
                question.conversationId().value(),
                question.messageId().value(),
                question.text(),
                question.route(),
                question.reason(),
                question.topIntent(),
                question.at().toString()));
    }

    /** How the JSON of every question of a conversation begins: its first member is the conversation id. */
    String prefixOf(ConversationId id) {
        return "{\"conversationId\":\"" + id.value() + "\"";
    }

    MissedQuestion readQuestion(String json) {
        StoredQuestion stored = mapper.readValue(json, StoredQuestion.class);
        return new MissedQuestion(
                new ConversationId(stored.conversationId()),
                new MessageId(stored.messageId()),
                stored.text(),
                stored.route(),
                stored.reason(),
                stored.topIntent(),
                Instant.parse(stored.at()));
    }

    // The conversation is the key's, so it is not repeated in every element.
    String write(AgentAnswer answer) {
        return mapper.writeValueAsString(
                new StoredAnswer(answer.text(), answer.at().toString()));
    }

    AgentAnswer readAnswer(ConversationId id, String json) {
        StoredAnswer stored = mapper.readValue(json, StoredAnswer.class);
        return new AgentAnswer(id, stored.text(), Instant.parse(stored.at()));
    }

    record StoredQuestion(
            String conversationId,
            String messageId,
            String text,
            Route route,
            String reason,
            IntentScore topIntent,
            String at) {}

    record StoredAnswer(String text, String at) {}
}
