package dev.penny.channels.dispatch;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * At shutdown, answers every message already accepted while the visitors' sockets are still open: it stops in the
 * default phase, before the web server's graceful shutdown closes them. Messages arriving meanwhile are refused as
 * {@code busy}, and the widget sends them again, to another node once this one is gone. Stopping only drains: a context
 * started again after a stop accepts messages again; closing the batcher is left to its bean's destruction.
 */
final class DispatchDrain implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DispatchDrain.class);
    private static final Duration DRAIN = Duration.ofSeconds(10);

    private final MessageBatcher batcher;
    private volatile boolean running;

    DispatchDrain(MessageBatcher batcher) {
        this.batcher = batcher;
    }

    @Override
    public void start() {
        batcher.resume();
        running = true;
    }

    @Override
    public void stop() {
        if (!batcher.drain(DRAIN)) {
            log.warn("Some accepted messages were not answered within {}; their claims are handed back", DRAIN);
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
