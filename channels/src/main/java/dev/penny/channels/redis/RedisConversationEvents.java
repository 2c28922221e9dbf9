package dev.penny.channels.redis;

import dev.penny.core.conversation.ConversationEvents;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.Turn;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Conversation events over Redis pub/sub: every node publishes to and listens on the channels named in {@link
 * RedisKeys}. Pub/sub is fire-and-forget, which the port allows: a client that missed an event resumes from the store.
 */
final class RedisConversationEvents implements ConversationEvents {

    private static final Logger log = LoggerFactory.getLogger(RedisConversationEvents.class);

    private final RedisEventPublisher publisher;
    private final RedisMessageListenerContainer container;
    private final RedisJson json = new RedisJson();

    RedisConversationEvents(StringRedisTemplate redis, RedisMessageListenerContainer container) {
        this.publisher = new RedisEventPublisher(redis);
        this.container = Objects.requireNonNull(container, "container");
    }

    @Override
    public void turnAppended(Turn turn) {
        publisher.publish(RedisKeys.TURNS_CHANNEL, json.write(turn));
    }

    @Override
    public void queueChanged() {
        publisher.publish(RedisKeys.QUEUE_CHANNEL, "");
    }

    @Override
    public void conversationErased(ConversationId id) {
        publisher.publish(RedisKeys.ERASED_CHANNEL, id.value());
    }

    @Override
    public Subscription subscribe(Listener listener) {
        Objects.requireNonNull(listener, "listener");
        MessageListener relay = (message, pattern) -> {
            String channel = new String(message.getChannel(), StandardCharsets.UTF_8);
            try {
                if (RedisKeys.TURNS_CHANNEL.equals(channel)) {
                    listener.onTurn(json.readTurn(new String(message.getBody(), StandardCharsets.UTF_8)));
                } else if (RedisKeys.QUEUE_CHANNEL.equals(channel)) {
                    listener.onQueueChanged();
                } else if (RedisKeys.ERASED_CHANNEL.equals(channel)) {
                    listener.onConversationErased(
                            new ConversationId(new String(message.getBody(), StandardCharsets.UTF_8)));
                }
            } catch (RuntimeException e) {
                // One bad message or listener must not stop the others; the store still has the truth.
                log.warn("Dropped a conversation event on {}: {}", channel, e.toString());
            }
        };
        container.addMessageListener(
                relay,
                List.of(
                        new ChannelTopic(RedisKeys.TURNS_CHANNEL),
                        new ChannelTopic(RedisKeys.QUEUE_CHANNEL),
                        new ChannelTopic(RedisKeys.ERASED_CHANNEL)));
        return () -> container.removeMessageListener(relay);
    }
}
