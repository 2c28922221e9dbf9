package dev.penny.channels.redis;

import dev.penny.channels.catalog.CatalogAnnouncements;
import dev.penny.channels.config.CostProperties;
import dev.penny.channels.config.LearningProperties;
import dev.penny.channels.config.PennyProperties;
import dev.penny.channels.feedback.FeedbackProperties;
import dev.penny.core.conversation.ConversationEvents;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.cost.CostLedger;
import dev.penny.core.feedback.FeedbackStore;
import dev.penny.core.handoff.HumanHandoff;
import dev.penny.core.learning.MissedQuestions;
import dev.penny.intents.versions.CatalogStore;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.jedis.JedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Penny's ports on Redis, when {@code penny.redis.url} (env {@code REDIS_URL}) is set. Self-contained: it builds its
 * own connection factory from that URL and {@code penny.redis.timeout}, and reads no {@code spring.data.redis.*}
 * property. Start-up fails with a clear message when Redis does not answer a PING. Times to live come from {@link
 * PennyProperties}, as for the in-memory twins.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${penny.redis.url:}'.isBlank()")
@EnableConfigurationProperties({LearningProperties.class, FeedbackProperties.class})
class RedisConfiguration {

    @Bean
    JedisConnectionFactory pennyRedisConnectionFactory(
            @Value("${penny.redis.url}") String url, @Value("${penny.redis.timeout:2s}") String timeout) {
        return RedisConnections.factory(url, DurationStyle.detectAndParse(timeout));
    }

    @Bean
    StringRedisTemplate pennyRedisTemplate(
            @Qualifier("pennyRedisConnectionFactory") JedisConnectionFactory factory,
            @Value("${penny.redis.url}") String url) {
        RedisConnections.requireReachable(factory, url);
        return new StringRedisTemplate(factory);
    }

    @Bean
    RedisMessageListenerContainer pennyRedisListenerContainer(
            @Qualifier("pennyRedisConnectionFactory") JedisConnectionFactory factory) {
        return new RedisEventContainer(factory);
    }

    @Bean
    ConversationStore redisConversationStore(
            @Qualifier("pennyRedisTemplate") StringRedisTemplate redis, PennyProperties properties) {
        return new RedisConversationStore(redis, properties.conversation().ttl());
    }

    @Bean
    HumanHandoff redisHumanHandoff(
            @Qualifier("pennyRedisTemplate") StringRedisTemplate redis,
            PennyProperties properties,
            ObjectProvider<Clock> clock) {
        return new RedisHumanHandoff(
                redis, clock.getIfUnique(Clock::systemUTC), properties.handoff().handoffExpiry());
    }

    @Bean
    CostLedger redisCostLedger(
            @Qualifier("pennyRedisTemplate") StringRedisTemplate redis,
            PennyProperties properties,
            ObjectProvider<Clock> clock) {
        CostProperties cost = properties.cost();
        Duration retention =
                cost.conversationRetention() == null ? properties.conversation().ttl() : cost.conversationRetention();
        return new RedisCostLedger(redis, clock.getIfUnique(Clock::systemUTC), retention, cost.daysKept());
    }

    @Bean
    FeedbackStore redisFeedbackStore(
            @Qualifier("pennyRedisTemplate") StringRedisTemplate redis,
            PennyProperties properties,
            FeedbackProperties feedback) {
        return new RedisFeedbackStore(redis, properties.conversation().ttl(), feedback.countsKept());
    }

    @Bean
    MissedQuestions redisMissedQuestions(
            @Qualifier("pennyRedisTemplate") StringRedisTemplate redis,
            LearningProperties learning,
            ObjectProvider<Clock> clock) {
        return new RedisMissedQuestions(redis, clock.getIfUnique(Clock::systemUTC), learning.limits());
    }

    @Bean
    ConversationEvents redisConversationEvents(
            @Qualifier("pennyRedisTemplate") StringRedisTemplate redis,
            @Qualifier("pennyRedisListenerContainer") RedisMessageListenerContainer container) {
        return new RedisConversationEvents(redis, container);
    }

    @Bean
    CatalogStore redisCatalogStore(
            @Qualifier("pennyRedisTemplate") StringRedisTemplate redis, ObjectProvider<Clock> clock) {
        return new RedisCatalogStore(redis, clock.getIfUnique(Clock::systemUTC));
    }

    @Bean
    CatalogAnnouncements redisCatalogAnnouncements(
            @Qualifier("pennyRedisTemplate") StringRedisTemplate redis,
            @Qualifier("pennyRedisListenerContainer") RedisMessageListenerContainer container) {
        return new RedisCatalogAnnouncements(redis, container);
    }
}
