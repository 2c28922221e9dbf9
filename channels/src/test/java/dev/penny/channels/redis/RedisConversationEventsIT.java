package dev.penny.channels.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.conversation.ConversationEvents;
import dev.penny.core.conversation.ConversationEventsContract;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.conversation.Turn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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

    @Test
    void listeners_hear_every_event_on_the_one_dispatching_thread() throws Exception {
        ConversationEvents[] nodes = newEvents();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        AtomicInteger heard = new AtomicInteger();
        try (ConversationEvents.Subscription s = nodes[1].subscribe(turn -> {
            threads.add(Thread.currentThread().getName());
            heard.incrementAndGet();
        })) {
            awaitSubscribed();
            ConversationId conversation = ConversationId.random();
            for (int n = 0; n < 50; n++) {
                nodes[0].turnAppended(Turn.agent(MessageId.random(), conversation, "message " + n, Instant.now()));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (heard.get() < 50 && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(10);
            }
        }
        // The container's default had started a thread per message.
        assertThat(heard).hasValue(50);
        assertThat(threads).containsExactly(RedisEventContainer.DISPATCH_THREAD);
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
