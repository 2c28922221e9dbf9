package dev.penny.channels.redis;

import dev.penny.channels.catalog.CatalogAnnouncements;
import java.nio.charset.StandardCharsets;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/** Published catalog version numbers over the Redis pub/sub channel named in {@link RedisKeys}. */
final class RedisCatalogAnnouncements implements CatalogAnnouncements {

    private static final Logger log = LoggerFactory.getLogger(RedisCatalogAnnouncements.class);

    private final RedisEventPublisher publisher;
    private final RedisMessageListenerContainer container;

    RedisCatalogAnnouncements(StringRedisTemplate redis, RedisMessageListenerContainer container) {
        this.publisher = new RedisEventPublisher(redis);
        this.container = container;
    }

    @Override
    public void published(int number) {
        publisher.publish(RedisKeys.CATALOG_CHANNEL, Integer.toString(number));
    }

    @Override
    public AutoCloseable subscribe(IntConsumer listener) {
        MessageListener relay = (message, pattern) -> {
            String body = new String(message.getBody(), StandardCharsets.UTF_8);
            try {
                listener.accept(Integer.parseInt(body.strip()));
            } catch (RuntimeException e) {
                // The periodic version check still finds the live version.
                log.warn("Dropped a catalog announcement '{}': {}", body, e.toString());
            }
        };
        container.addMessageListener(relay, new ChannelTopic(RedisKeys.CATALOG_CHANNEL));
        return () -> container.removeMessageListener(relay);
    }
}
