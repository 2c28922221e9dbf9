package dev.penny.channels.redis;

import dev.penny.channels.analytics.AnalyticsProperties;
import dev.penny.channels.catalog.CatalogAnnouncements;
import dev.penny.channels.config.CostProperties;
import dev.penny.channels.config.LearningProperties;
import dev.penny.channels.config.PennyProperties;
import dev.penny.channels.feedback.FeedbackProperties;
import dev.penny.channels.ops.ShutdownStep;
import dev.penny.channels.security.SignInFailures;
import dev.penny.channels.visitor.AbuseProperties;
import dev.penny.channels.visitor.Allowances;
import dev.penny.core.analytics.AnalyticsCounters;
import dev.penny.core.conversation.AnswerClaims;
import dev.penny.core.conversation.ConversationEvents;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.conversation.ResumeTokens;
import dev.penny.core.cost.CostLedger;
import dev.penny.core.engine.EngineSettings;
import dev.penny.core.feedback.FeedbackStore;
import dev.penny.core.handoff.HumanHandoff;
import dev.penny.core.learning.MissedQuestions;
import dev.penny.intents.versions.CatalogStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.DataRedisProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.connection.jedis.JedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Penny's ports on Redis, when {@code penny.redis.url} (env {@code REDIS_URL}) is set. Self-contained: it builds its
 * own connection factory from that URL and {@code penny.redis.timeout}, and reads no {@code spring.data.redis.*}
 * property. Start-up fails with a clear message when Redis does not answer a PING. Times to live come from {@link
 * PennyProperties}, as for the in-memory twins. Each port's bean yields to the application's own.
 */
@AutoConfiguration
@ConditionalOnExpression("!'${penny.redis.url:}'.isBlank() or !'${spring.data.redis.url:}'.isBlank()"
        + " or !'${spring.data.redis.host:}'.isBlank() or !'${spring.data.redis.sentinel.master:}'.isBlank()"
        + " or !'${spring.data.redis.cluster.nodes:}'.isBlank()")
@EnableConfigurationProperties({
    PennyProperties.class,
    LearningProperties.class,
    FeedbackProperties.class,
    AnalyticsProperties.class,
    AbuseProperties.class,
    DataRedisProperties.class
})
public class RedisConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RedisConfiguration.class);

    @Bean
    JedisConnectionFactory pennyRedisConnectionFactory(PennyProperties properties, DataRedisProperties springRedis) {
        String url = properties.redis().url();
        int poolSize = RedisConnections.poolSize(properties.dispatch());
        return url == null || url.isBlank()
                ? SpringDataRedisConnections.factory(
                        springRedis, properties.redis().timeout(), poolSize)
                : RedisConnections.factory(url, properties.redis().timeout(), poolSize);
    }

    @Bean
    StringRedisTemplate pennyRedisTemplate(
            @Qualifier("pennyRedisConnectionFactory") JedisConnectionFactory factory,
            PennyProperties properties,
            DataRedisProperties springRedis) {
        String url = properties.redis().url();
        RedisConnections.requireReachable(
                factory,
                url == null || url.isBlank()
                        ? SpringDataRedisConnections.describe(springRedis)
                        : RedisConnections.redacted(url));
        return new StringRedisTemplate(factory);
    }

    @Bean
    RedisMessageListenerContainer pennyRedisListenerContainer(
            @Qualifier("pennyRedisConnectionFactory") JedisConnectionFactory factory) {
        return new RedisEventContainer(factory);
    }

    @Bean
    @ConditionalOnMissingBean
    ConversationStore redisConversationStore(
            @Qualifier("pennyRedisTemplate") StringRedisTemplate redis, PennyProperties properties) {
        return new RedisConversationStore(redis, properties.conversation().ttl());
    }

    @Bean
    @ConditionalOnMissingBean
    ResumeTokens redisResumeTokens(
            @Qualifier("pennyRedisTemplate") StringRedisTemplate redis, PennyProperties properties) {
        return new RedisResumeTokens(redis, properties.conversation().ttl());
    }

    /** Closed (its renewals stopped) after the engine, whose last answers release their claims at shutdown. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    AnswerClaims redisAnswerClaims(
            @Qualifier("pennyRedisTemplate") StringRedisTemplate redis, ObjectProvider<EngineSettings> settings) {
        // the engine's lease; without an engine (a context of the ports alone), the default
        return new RedisAnswerClaims(
                redis, settings.getIfAvailable(EngineSettings::defaults).answerDeadline());
    }

    /**
     * Hands back the answer claims of messages dispatch could not answer in time, so another node answers a re-send at
     * once. At bean destruction, after the Redis connection factories have stopped, it would fail and leave the claims
     * to expire a lease later.
     */
    @Bean
    ShutdownStep answerClaimHandback(AnswerClaims claims) {
        return new ShutdownStep(ShutdownStep.BEFORE_REDIS_CLOSES, () -> {
            if (claims instanceof RedisAnswerClaims redis) {
                redis.handBack();
            }
        });
    }

    @Bean
    @ConditionalOnMissingBean
    HumanHandoff redisHumanHandoff(
            @Qualifier("pennyRedisTemplate") StringRedisTemplate redis,
            PennyProperties properties,
            ObjectProvider<Clock> clock) {
        return new RedisHumanHandoff(
                redis,
                clock.getIfUnique(Clock::systemUTC),
                properties.handoff().handoffExpiry(),
                properties.handoff().maxWaiting());
    }

    @Bean
    @ConditionalOnMissingBean
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
    @ConditionalOnMissingBean
    FeedbackStore redisFeedbackStore(
            @Qualifier("pennyRedisTemplate") StringRedisTemplate redis,
            PennyProperties properties,
            FeedbackProperties feedback) {
        return new RedisFeedbackStore(redis, properties.conversation().ttl(), feedback.countsKept());
    }

    @Bean
    @ConditionalOnMissingBean
    MissedQuestions redisMissedQuestions(
            @Qualifier("pennyRedisTemplate") StringRedisTemplate redis,
            LearningProperties learning,
            ObjectProvider<Clock> clock) {
        return new RedisMissedQuestions(redis, clock.getIfUnique(Clock::systemUTC), learning.limits());
    }

    @Bean
    @ConditionalOnMissingBean
    ConversationEvents redisConversationEvents(
            @Qualifier("pennyRedisTemplate") StringRedisTemplate redis,
            @Qualifier("pennyRedisListenerContainer") RedisMessageListenerContainer container) {
        return new RedisConversationEvents(redis, container);
    }

    @Bean
    @ConditionalOnMissingBean
    CatalogStore redisCatalogStore(
            @Qualifier("pennyRedisTemplate") StringRedisTemplate redis, ObjectProvider<Clock> clock) {
        return new RedisCatalogStore(redis, clock.getIfUnique(Clock::systemUTC));
    }

    @Bean
    @ConditionalOnMissingBean
    CatalogAnnouncements redisCatalogAnnouncements(
            @Qualifier("pennyRedisTemplate") StringRedisTemplate redis,
            @Qualifier("pennyRedisListenerContainer") RedisMessageListenerContainer container) {
        return new RedisCatalogAnnouncements(redis, container);
    }

    @Bean
    @ConditionalOnMissingBean
    AnalyticsCounters redisAnalyticsCounters(
            @Qualifier("pennyRedisTemplate") StringRedisTemplate redis,
            PennyProperties properties,
            AnalyticsProperties analytics,
            ObjectProvider<Clock> clock) {
        return new RedisAnalyticsCounters(
                redis,
                clock.getIfUnique(Clock::systemUTC),
                analytics.hoursKept(),
                analytics.daysKept(),
                properties.conversation().ttl());
    }

    /** One key for every hash naming a holder in Redis, so that a missing key is warned of once. */
    @Bean
    HolderHash pennyHolderHash(AbuseProperties abuse) {
        HolderHash hash = new HolderHash(abuse.addressKey());
        if (!hash.keyed()) {
            log.warn("penny.abuse.address-key is not set: Redis keys of abuse allowances and failed sign-ins name"
                    + " addresses by their SHA-256, which can be reversed by trying addresses; set one key on every"
                    + " node to key the hash");
        }
        return hash;
    }

    @Bean
    @ConditionalOnMissingBean
    Allowances redisAllowances(
            @Qualifier("pennyRedisTemplate") StringRedisTemplate redis,
            HolderHash hash,
            ObjectProvider<Clock> clock,
            ObjectProvider<MeterRegistry> meters) {
        return new RedisAllowances(
                redis, clock.getIfUnique(Clock::systemUTC), hash, meters.getIfUnique(SimpleMeterRegistry::new));
    }

    @Bean
    @ConditionalOnMissingBean
    SignInFailures redisSignInFailures(
            @Qualifier("pennyRedisTemplate") StringRedisTemplate redis,
            HolderHash hash,
            ObjectProvider<Clock> clock,
            ObjectProvider<MeterRegistry> meters) {
        return new RedisSignInFailures(
                redis, clock.getIfUnique(Clock::systemUTC), hash, meters.getIfUnique(SimpleMeterRegistry::new));
    }
}
