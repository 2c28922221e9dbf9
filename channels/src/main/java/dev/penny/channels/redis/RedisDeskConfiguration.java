package dev.penny.channels.redis;

import dev.penny.channels.config.PennyProperties;
import dev.penny.core.desk.CannedResponses;
import dev.penny.core.desk.ConversationNotes;
import dev.penny.core.desk.VisitorIdentities;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The desk's stores on Redis, when {@link RedisConfiguration} is active; each yields to the application's own. */
@AutoConfiguration(after = RedisConfiguration.class)
@ConditionalOnBean(name = "pennyRedisTemplate")
public class RedisDeskConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ConversationNotes redisConversationNotes(
            @Qualifier("pennyRedisTemplate") StringRedisTemplate redis, PennyProperties properties) {
        return new RedisConversationNotes(redis, properties.conversation().ttl());
    }

    @Bean
    @ConditionalOnMissingBean
    VisitorIdentities redisVisitorIdentities(
            @Qualifier("pennyRedisTemplate") StringRedisTemplate redis, PennyProperties properties) {
        return new RedisVisitorIdentities(redis, properties.conversation().ttl());
    }

    @Bean
    @ConditionalOnMissingBean
    CannedResponses redisCannedResponses(@Qualifier("pennyRedisTemplate") StringRedisTemplate redis) {
        return new RedisCannedResponses(redis);
    }
}
