package dev.penny.channels.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.visitor.Allowances;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationState;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.conversation.Turn;
import dev.penny.core.cost.CostEvent;
import dev.penny.core.cost.CostKind;
import dev.penny.core.desk.Note;
import dev.penny.core.desk.VisitorIdentity;
import dev.penny.core.handoff.AgentId;
import dev.penny.core.handoff.HandoffExpiry;
import dev.penny.core.handoff.LeftMessage;
import dev.penny.core.learning.AgentAnswer;
import dev.penny.core.learning.MissedQuestion;
import dev.penny.core.learning.MissedQuestionLimits;
import dev.penny.core.policy.Route;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The house rules for Redis keys hold for everything Penny writes. */
class RedisKeySchemaIT {

    private final RedisTestServer server = RedisTestServer.get();
    private final StringRedisTemplate redis = server.template();
    private final Clock clock = Clock.systemUTC();
    private final ConversationId id = ConversationId.random();

    @BeforeEach
    void writeOneOfEverything() {
        server.flush();
        RedisConversationStore store = new RedisConversationStore(redis, Duration.ofHours(1));
        store.append(Turn.visitor(MessageId.random(), id, "where is my card?", clock.instant()));
        store.setState(id, ConversationState.WAITING_FOR_AGENT);
        RedisHumanHandoff handoff = new RedisHumanHandoff(redis, clock, HandoffExpiry.defaults());
        handoff.enqueue(ConversationId.random(), "waiting");
        handoff.enqueue(id, "held");
        handoff.claim(id, new AgentId("sam@example.com"));
        handoff.agentOnline(new AgentId("sam@example.com"));
        handoff.leaveMessage(new LeftMessage(id, "ana@example.com", "call me", clock.instant()));
        new RedisCostLedger(redis, clock, Duration.ofHours(1), 30)
                .record(new CostEvent(id, CostKind.LLM_INPUT_TOKENS, 900, 135));
        RedisMissedQuestions missed = new RedisMissedQuestions(redis, clock, MissedQuestionLimits.defaults());
        missed.record(new MissedQuestion(
                id, MessageId.random(), "where is my card?", Route.HUMAN, "unsure", null, clock.instant()));
        missed.agentAnswered(new AgentAnswer(id, "It is on its way.", clock.instant()));
        RedisAnalyticsCounters analytics = new RedisAnalyticsCounters(
                redis, clock, Duration.ofDays(14), Duration.ofDays(400), Duration.ofHours(1));
        analytics.add(clock.instant(), "v1", Map.of("conversations", 1L));
        analytics.firstTime(id, "handed-off");
        new RedisResumeTokens(redis, Duration.ofHours(1)).issue(id);
        new RedisConversationNotes(redis, Duration.ofHours(1))
                .add(new Note(id, new AgentId("sam@example.com"), "VIP", clock.instant()));
        new RedisVisitorIdentities(redis, Duration.ofHours(1))
                .remember(id, new VisitorIdentity("user-42", Map.of("plan", "pro"), true));
        RedisAllowances allowances = new RedisAllowances(redis, clock, new HolderHash("k"), new SimpleMeterRegistry());
        Allowances.Kind leftMessages = new Allowances.Kind("left-messages", 10, Duration.ofHours(1));
        allowances.tryTake(leftMessages, "203.0.113.1");
        allowances.tryTake(leftMessages, id);
    }

    @Test
    void every_key_is_lowercase_penny_entity_braced_id_and_facet() {
        assertThat(allKeys())
                .hasSize(22)
                .allSatisfy(key -> assertThat(key)
                        .matches("penny:[a-z]+:(\\{[A-Za-z0-9._@-]+\\}:[a-z-]+|[a-z-]+)")
                        .satisfies(k -> assertThat(k.replaceAll("\\{.*}", "")).isLowerCase()));
    }

    @Test
    void every_key_expires() {
        assertThat(allKeys())
                .allSatisfy(key ->
                        assertThat(redis.getExpire(key)).as("TTL of %s", key).isPositive());
    }

    @Test
    void a_conversations_keys_share_one_cluster_slot() {
        assertThat(allKeys().stream().filter(key -> key.contains(id.value())))
                .hasSize(11)
                .allSatisfy(key -> assertThat(key).contains("{" + id.value() + "}"));
    }

    @Test
    void money_is_kept_as_integer_micro_dollars() {
        Map<Object, Object> conversation = redis.opsForHash().entries(RedisKeys.cost(id));
        Map<Object, Object> today = redis.opsForHash().entries(RedisKeys.dailyCost(LocalDate.now(clock)));

        assertThat(conversation)
                .containsEntry("llm_input_tokens:units", "900")
                .containsEntry("llm_input_tokens:micro_usd", "135");
        assertThat(today).isEqualTo(conversation);
    }

    private List<String> allKeys() {
        List<String> keys = new ArrayList<>();
        try (Cursor<String> cursor =
                redis.scan(ScanOptions.scanOptions().match("*").count(100).build())) {
            cursor.forEachRemaining(keys::add);
        }
        return keys;
    }
}
