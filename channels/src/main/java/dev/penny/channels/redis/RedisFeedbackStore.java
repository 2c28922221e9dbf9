package dev.penny.channels.redis;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.feedback.AnswerFeedback;
import dev.penny.core.feedback.ConversationRating;
import dev.penny.core.feedback.FeedbackCounts;
import dev.penny.core.feedback.FeedbackFields;
import dev.penny.core.feedback.FeedbackStore;
import dev.penny.core.policy.Route;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feedback in Redis: each conversation's beside its turns, expiring with them, and counts per catalog version added
 * with {@code HINCRBY}. Replacing feedback swaps it in one script and then applies the deltas, so the counts equal
 * every visitor's last word. The schema is in {@link RedisKeys}.
 */
final class RedisFeedbackStore implements FeedbackStore {

    private static final RedisScript<String> SWAP_FIELD = new DefaultRedisScript<>("""
            local old = redis.call('HGET', KEYS[1], ARGV[1])
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
            redis.call('PEXPIRE', KEYS[1], ARGV[3])
            return old
            """, String.class);

    private static final RedisScript<String> SWAP_VALUE = new DefaultRedisScript<>("""
            local old = redis.call('GET', KEYS[1])
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
            return old
            """, String.class);

    private static final RedisScript<Long> INCREMENT = new DefaultRedisScript<>("""
            for i = 2, #ARGV, 2 do redis.call('HINCRBY', KEYS[1], ARGV[i], ARGV[i + 1]) end
            redis.call('PEXPIRE', KEYS[1], ARGV[1])
            return 1
            """, Long.class);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StringRedisTemplate redis;
    private final Duration conversationTtl;
    private final Duration countsKept;

    record StoredFeedback(
            String conversationId,
            String turnId,
            boolean helpful,
            String comment,
            Route route,
            String intentId,
            String catalogVersion,
            String at) {}

    record StoredRating(String conversationId, int score, String comment, String catalogVersion, String at) {}

    RedisFeedbackStore(StringRedisTemplate redis, Duration conversationTtl, Duration countsKept) {
        this.redis = redis;
        this.conversationTtl = conversationTtl;
        this.countsKept = countsKept;
    }

    @Override
    public Optional<AnswerFeedback> give(AnswerFeedback feedback) {
        String old = redis.execute(
                SWAP_FIELD,
                List.of(RedisKeys.feedback(feedback.conversationId())),
                feedback.turnId().value(),
                write(feedback),
                Long.toString(conversationTtl.toMillis()));
        AnswerFeedback previous = old == null ? null : readFeedback(old);
        count(FeedbackFields.deltas(previous, feedback));
        return Optional.ofNullable(previous);
    }

    @Override
    public List<AnswerFeedback> feedbackOn(ConversationId id) {
        List<AnswerFeedback> all = new ArrayList<>();
        redis.<String, String>opsForHash()
                .entries(RedisKeys.feedback(id))
                .values()
                .forEach(json -> all.add(readFeedback(json)));
        return all;
    }

    @Override
    public Optional<ConversationRating> rate(ConversationRating rating) {
        String old = redis.execute(
                SWAP_VALUE,
                List.of(RedisKeys.rating(rating.conversationId())),
                write(rating),
                Long.toString(conversationTtl.toMillis()));
        ConversationRating previous = old == null ? null : readRating(old);
        count(FeedbackFields.deltas(previous, rating));
        return Optional.ofNullable(previous);
    }

    @Override
    public Optional<ConversationRating> rating(ConversationId id) {
        return Optional.ofNullable(redis.opsForValue().get(RedisKeys.rating(id)))
                .map(RedisFeedbackStore::readRating);
    }

    /** One DEL of both keys, which share the conversation's slot. */
    @Override
    public void erase(ConversationId id) {
        redis.delete(List.of(RedisKeys.feedback(id), RedisKeys.rating(id)));
    }

    @Override
    public FeedbackCounts counts(String catalogVersion) {
        Map<String, Long> fields = new HashMap<>();
        redis.<String, String>opsForHash()
                .entries(RedisKeys.feedbackCounts(catalogVersion))
                .forEach((field, value) -> fields.put(field, Long.parseLong(value)));
        return fields.isEmpty() ? FeedbackCounts.NONE : FeedbackFields.counts(fields);
    }

    private void count(Map<String, Map<String, Long>> deltas) {
        deltas.forEach((version, fields) -> {
            List<String> args = new ArrayList<>();
            args.add(Long.toString(countsKept.toMillis()));
            fields.forEach((field, delta) -> {
                args.add(field);
                args.add(Long.toString(delta));
            });
            redis.execute(INCREMENT, List.of(RedisKeys.feedbackCounts(version)), args.toArray());
        });
    }

    private static String write(AnswerFeedback f) {
        return JSON.writeValueAsString(new StoredFeedback(
                f.conversationId().value(),
                f.turnId().value(),
                f.helpful(),
                f.comment(),
                f.route(),
                f.intentId(),
                f.catalogVersion(),
                f.at().toString()));
    }

    private static AnswerFeedback readFeedback(String json) {
        StoredFeedback s = JSON.readValue(json, StoredFeedback.class);
        return new AnswerFeedback(
                new ConversationId(s.conversationId()),
                new MessageId(s.turnId()),
                s.helpful(),
                s.comment(),
                s.route(),
                s.intentId(),
                s.catalogVersion(),
                Instant.parse(s.at()));
    }

    private static String write(ConversationRating r) {
        return JSON.writeValueAsString(new StoredRating(
                r.conversationId().value(), r.score(), r.comment(), r.catalogVersion(), r.at().toString()));
    }

    private static ConversationRating readRating(String json) {
        StoredRating s = JSON.readValue(json, StoredRating.class);
        return new ConversationRating(
                new ConversationId(s.conversationId()),
                s.score(),
                s.comment(),
                s.catalogVersion(),
                Instant.parse(s.at()));
    }
}
