package dev.penny.channels.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.config.PennyProperties;
import dev.penny.channels.dispatch.DispatchThreads;
import dev.penny.core.conversation.AnswerClaims;
import dev.penny.core.conversation.ConversationEvents;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.conversation.Turn;
import dev.penny.core.cost.CostEvent;
import dev.penny.core.cost.CostKind;
import dev.penny.core.cost.CostLedger;
import dev.penny.core.handoff.HumanHandoff;
import dev.penny.core.learning.MissedQuestion;
import dev.penny.core.learning.MissedQuestions;
import dev.penny.core.policy.Route;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.redis.connection.jedis.JedisConnectionFactory;

class RedisConfigurationIT {

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(PennySettings.class, RedisConfiguration.class);

    @EnableConfigurationProperties(PennyProperties.class)
    static class PennySettings {}

    @Test
    void sizes_the_connection_pool_to_every_dispatch_thread_that_may_use_redis_at_once() {
        runner.withPropertyValues(
                        "penny.redis.url=" + RedisTestServer.get().url(),
                        "penny.dispatch.workers=6",
                        "penny.dispatch.classifiers=3")
                .run(context -> {
                    PennyProperties properties = context.getBean(PennyProperties.class);
                    JedisConnectionFactory factory =
                            context.getBean("pennyRedisConnectionFactory", JedisConnectionFactory.class);
                    int dispatchThreads = DispatchThreads.usingTheStore(properties.dispatch());

                    assertThat(dispatchThreads).isEqualTo(3 + 256 + 6 + 1);
                    assertThat(factory.getPoolConfig().getMaxTotal())
                            .isEqualTo(dispatchThreads + RedisConnections.OUTSIDE_DISPATCH);
                    assertThat(context.getBean(AnswerClaims.class)).isInstanceOf(RedisAnswerClaims.class);
                });
    }

    @Test
    void provides_the_ports_on_redis_when_a_url_is_set() {
        runner.withPropertyValues("penny.redis.url=" + RedisTestServer.get().url())
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(ConversationStore.class)).isInstanceOf(RedisConversationStore.class);
                    assertThat(context.getBean(HumanHandoff.class)).isInstanceOf(RedisHumanHandoff.class);
                    assertThat(context.getBean(CostLedger.class)).isInstanceOf(RedisCostLedger.class);
                    assertThat(context.getBean(ConversationEvents.class)).isInstanceOf(RedisConversationEvents.class);
                    assertThat(context.getBean(MissedQuestions.class)).isInstanceOf(RedisMissedQuestions.class);
                    assertThat(context)
                            .hasBean("pennyRedisConnectionFactory")
                            .hasBean("redisConversationStore")
                            .hasBean("redisHumanHandoff")
                            .hasBean("redisCostLedger")
                            .hasBean("redisConversationEvents");
                });
    }

    @Test
    void keys_expire_as_penny_properties_say() {
        RedisTestServer server = RedisTestServer.get();
        server.flush();
        runner.withPropertyValues(
                        "penny.redis.url=" + server.url(),
                        "penny.conversation.ttl=5m",
                        "penny.cost.conversation-retention=", // empty, as application.yml has it: the conversation ttl
                        "penny.learning.retention=7d")
                .run(context -> {
                    ConversationId id = ConversationId.random();
                    context.getBean(ConversationStore.class)
                            .append(Turn.visitor(MessageId.random(), id, "hi", Instant.now()));
                    context.getBean(CostLedger.class).record(new CostEvent(id, CostKind.LOCAL_CLASSIFICATION, 1, 1));

                    assertThat(server.template().getExpire(RedisKeys.turns(id), TimeUnit.SECONDS))
                            .isBetween(290L, 300L);
                    assertThat(server.template().getExpire(RedisKeys.cost(id), TimeUnit.SECONDS))
                            .isBetween(290L, 300L);
                    context.getBean(MissedQuestions.class)
                            .record(new MissedQuestion(
                                    id, MessageId.random(), "hi", Route.HUMAN, "unsure", null, Instant.now()));
                    assertThat(server.template().getExpire(RedisKeys.missedQuestions(), TimeUnit.DAYS))
                            .isBetween(6L, 7L);
                });
    }

    @Test
    void stays_out_of_the_way_when_the_url_is_empty_or_absent() {
        runner.withPropertyValues("penny.redis.url=")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ConversationStore.class));
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ConversationStore.class));
    }

    @Test
    void fails_start_up_clearly_when_redis_is_unreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        runner.withPropertyValues("penny.redis.url=redis://127.0.0.1:" + closedPort, "penny.redis.timeout=1s")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .hasStackTraceContaining("Redis (redis://127.0.0.1:" + closedPort + ") is unreachable")
                        .hasStackTraceContaining("unset REDIS_URL"));
    }
}
