package dev.penny.channels.visitor;

import org.springframework.context.SmartLifecycle;

/**
 * At shutdown, closes the visitors' sockets with {@code server_shutdown} as soon as dispatch's drain has answered what
 * this node accepted (the drain stops in the default phase, higher than this one) and before the web server's graceful
 * shutdown (a lower phase). The widget then reconnects to another node at once, and the close does not depend on how
 * the servlet container tears down upgraded connections when it stops.
 */
final class ClosingVisitorSockets implements SmartLifecycle {

    /** Between the drain ({@link SmartLifecycle#DEFAULT_PHASE}) and the web server's graceful shutdown (1024 lower). */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 512;

    private final VisitorConnections connections;
    private volatile boolean running;

    ClosingVisitorSockets(VisitorConnections connections) {
        this.connections = connections;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        connections.closeAll();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
