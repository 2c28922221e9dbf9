package dev.penny.channels.dispatch;

import org.springframework.context.SmartLifecycle;

/**
 * At shutdown, answers every message already accepted while the visitors' sockets are still open: it stops in the
 * default phase, before the web server's graceful shutdown closes them. Messages arriving meanwhile are refused, and
 * the widget sends them again, to another node once this one is gone.
 */
final class DispatchDrain implements SmartLifecycle {

    private final MessageBatcher batcher;
    private volatile boolean running;

    DispatchDrain(MessageBatcher batcher) {
        this.batcher = batcher;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        batcher.close();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
