package dev.penny.channels.redis;

import dev.penny.channels.config.PennyProperties;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Keeps the Redis handoff queue's index complete: reconciles it at start and every {@code penny.handoff.reconcile-every}. */
@AutoConfiguration(after = RedisConfiguration.class)
@ConditionalOnBean(name = "pennyRedisTemplate")
public class RedisHandoffAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    RedisHandoffReconciler redisHandoffReconciler(
            @Qualifier("pennyRedisTemplate") StringRedisTemplate redis,
            PennyProperties properties,
            ObjectProvider<Clock> clock) {
        RedisHandoffReconciliation reconciliation = new RedisHandoffReconciliation(
                redis, clock.getIfUnique(Clock::systemUTC), properties.handoff().expiry());
        return new RedisHandoffReconciler(reconciliation, properties.handoff().reconcileEvery());
    }
}
