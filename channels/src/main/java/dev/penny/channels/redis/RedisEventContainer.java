package dev.penny.channels.redis;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * The pub/sub container Penny's events and catalog announcements share. Messages go to the listeners on one thread,
 * {@code penny-redis-events}, in the order Redis delivered them: an agent's two quick messages reach the visitor in the
 * order they were sent. The container's default started a thread per message, which also let them overtake each
 * other, and under load cost a thread start for every visitor turn. Listeners only hand work to threads of their own,
 * so one dispatching thread keeps up.
 */
final class RedisEventContainer extends RedisMessageListenerContainer {

    static final String DISPATCH_THREAD = "penny-redis-events";

    private final ExecutorService dispatch = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, DISPATCH_THREAD);
        thread.setDaemon(true);
        return thread;
    });

    RedisEventContainer(RedisConnectionFactory factory) {
        setConnectionFactory(factory);
        setTaskExecutor(dispatch);
        // The subscription blocks a thread of its own while it listens (Jedis); without this it would take the
        // dispatching thread, the task executor being its default.
        setSubscriptionExecutor(new SimpleAsyncTaskExecutor("penny-redis-subscription-"));
    }

    @Override
    public void destroy() throws Exception {
        try {
            super.destroy();
        } finally {
            dispatch.shutdownNow();
        }
    }
}
