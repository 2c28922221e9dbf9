package dev.penny.channels.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.learning.AgentAnswer;
import dev.penny.core.learning.MissedQuestion;
import dev.penny.core.learning.MissedQuestionLimits;
import dev.penny.core.learning.MissedQuestions;
import dev.penny.core.learning.MissedQuestionsContract;
import dev.penny.core.policy.Route;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RedisMissedQuestionsIT extends MissedQuestionsContract {

    private static final MissedQuestionLimits MONTH = new MissedQuestionLimits(Duration.ofDays(30), 1000, 3);

    private final RedisTestServer redis = RedisTestServer.get();

    @Override
    protected MissedQuestions newStore(Clock clock, MissedQuestionLimits limits) {
        redis.flush();
        return new RedisMissedQuestions(redis.template(), clock, limits);
    }

    @Test
    void an_old_question_is_gone_from_redis_not_only_hidden() {
        MissedQuestions store = newStore(clock, MONTH);
        store.record(question("an old question", clock.instant()));
        clock.advance(Duration.ofDays(31));

        store.record(question("a new question", clock.instant()));

        Set<String> kept = redis.template().opsForZSet().range(RedisKeys.missedQuestions(), 0, -1);
        assertThat(kept).hasSize(1).allMatch(json -> json.contains("a new question"));
        assertThat(ttl(RedisKeys.missedQuestions())).isLessThanOrEqualTo(Duration.ofDays(30));
    }

    @Test
    void reading_forgets_what_has_aged_out_without_any_new_write() {
        MissedQuestions store = newStore(clock, MONTH);
        store.record(question("an old question", clock.instant()));
        clock.advance(Duration.ofDays(30));

        assertThat(store.recent(10)).isEmpty();
        assertThat(redis.template().opsForZSet().zCard(RedisKeys.missedQuestions()))
                .isZero();
    }

    @Test
    void the_sets_expiry_runs_from_its_newest_question_not_from_the_last_write() {
        MissedQuestions store = newStore(clock, MONTH);

        store.record(question("asked twenty days ago", clock.instant().minus(Duration.ofDays(20))));

        assertThat(ttl(RedisKeys.missedQuestions()))
                .isGreaterThan(Duration.ofDays(10).minusMinutes(1))
                .isLessThanOrEqualTo(Duration.ofDays(10));
    }

    @Test
    void a_later_reply_does_not_extend_the_life_of_earlier_ones() {
        MissedQuestions store = newStore(clock, MONTH);
        ConversationId id = ConversationId.random();
        store.record(new MissedQuestion(
                id, MessageId.random(), "do you sponsor students?", Route.HUMAN, "unsure", null, clock.instant()));
        store.agentAnswered(new AgentAnswer(id, "Let me check.", clock.instant()));
        // As if 29 days had passed in Redis since the first reply.
        redis.template().expire(RedisKeys.agentAnswers(id), Duration.ofDays(1));
        clock.advance(Duration.ofDays(29));

        store.agentAnswered(new AgentAnswer(id, "Yes, until 26.", clock.instant()));

        assertThat(ttl(RedisKeys.agentAnswers(id))).isLessThanOrEqualTo(Duration.ofDays(1));
    }

    private Duration ttl(String key) {
        Long millis = redis.template().getExpire(key, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertThat(millis).as("a TTL on %s", key).isPositive();
        return Duration.ofMillis(millis);
    }

    private static MissedQuestion question(String text, Instant at) {
        return new MissedQuestion(ConversationId.random(), MessageId.random(), text, Route.HUMAN, "unsure", null, at);
    }
}
