package dev.penny.channels.ops;

import org.springframework.context.SmartLifecycle;

/**
 * One step of a node's shutdown, run when the context stops, in a lifecycle phase that places it among Spring's own
 * steps: higher phases stop first. Starting only marks it running, so a context stopped and started again runs the
 * step again at its next stop.
 */
public final class ShutdownStep implements SmartLifecycle {

    /**
     * After dispatch's drain, which stops in {@link SmartLifecycle#DEFAULT_PHASE}, and before the web server's graceful
     * shutdown, 1024 lower.
     */
    public static final int AFTER_THE_DRAIN = SmartLifecycle.DEFAULT_PHASE - 512;

    /**
     * After the web server, just before the Redis connection factories (phase 0), which refuse every command once
     * stopped.
     */
    public static final int BEFORE_REDIS_CLOSES = 1;

    private final int phase;
    private final Runnable step;
    private volatile boolean running;

    public ShutdownStep(int phase, Runnable step) {
        this.phase = phase;
        this.step = step;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        try {
            step.run();
        } finally {
            running = false;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return phase;
    }
}
