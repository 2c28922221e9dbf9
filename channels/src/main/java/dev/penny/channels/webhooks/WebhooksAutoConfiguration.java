package dev.penny.channels.webhooks;

import dev.penny.channels.events.SupportEventOutbox;
import dev.penny.channels.redis.RedisWebhookQueue;
import dev.penny.core.conversation.ConversationEvents;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Outbound webhooks, on when {@code penny.webhooks.url} is set: support events are queued (in Redis when Penny uses
 * Redis, so they survive a restart; in this process otherwise) and POSTed, signed, by {@link WebhookDelivery}.
 */
@AutoConfiguration
@ConditionalOnExpression("!'${penny.webhooks.url:}'.isBlank()")
@EnableConfigurationProperties(WebhookProperties.class)
public class WebhooksAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WebhooksAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    WebhookQueue webhookQueue(
            WebhookProperties properties, @Qualifier("pennyRedisTemplate") ObjectProvider<StringRedisTemplate> redis) {
        StringRedisTemplate template = redis.getIfAvailable();
        if (template == null) {
            log.warn(
                    "Webhooks are queued in this process: events not delivered when it stops are lost (set REDIS_URL)");
            return new InMemoryWebhookQueue(properties.maxBacklog());
        }
        return new RedisWebhookQueue(template, properties.maxBacklog());
    }

    @Bean(initMethod = "start", destroyMethod = "close")
    @ConditionalOnMissingBean
    WebhookDelivery webhookDelivery(WebhookProperties properties, WebhookQueue queue, ObjectProvider<Clock> clock) {
        return new WebhookDelivery(properties, queue, clock.getIfUnique(Clock::systemUTC));
    }

    @Bean(destroyMethod = "close")
    WebhookErasure webhookErasure(WebhookQueue queue, ConversationEvents events) {
        return new WebhookErasure(queue, events);
    }

    @Bean
    @ConditionalOnMissingBean
    SupportEventOutbox webhookOutbox(WebhookProperties properties, WebhookQueue queue, WebhookDelivery delivery) {
        return new WebhookOutbox(properties, queue, delivery);
    }
}
