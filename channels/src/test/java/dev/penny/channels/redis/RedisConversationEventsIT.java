package dev.penny.channels.redis;

import dev.penny.core.conversation.ConversationEvents;
import dev.penny.core.conversation.ConversationEventsContract;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

class RedisConversationEventsIT extends ConversationEventsContract {

    private final RedisTestServer redis = RedisTestServer.get();
    private final List<RedisMessageListenerContainer> containers = new ArrayList<>();

    @Override
    protected ConversationEvents[] newEvents() {
        return new ConversationEvents[] {node(), node()};
    }

    @Override
    protected void awaitSubscribed() throws InterruptedException {
        // SUBSCRIBE is confirmed asynchronously; a message published before that is lost, as pub/sub does.
        Thread.sleep(300);
    }

    @AfterEach
    void stopNodes() throws Exception {
        for (RedisMessageListenerContainer container : containers) {
            container.destroy();
        }
    }

    private ConversationEvents node() {
        RedisMessageListenerContainer container = redis.newListenerContainer();
        containers.add(container);
        return new RedisConversationEvents(redis.template(), container);
    }
}
