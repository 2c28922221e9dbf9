package dev.penny.channels.dispatch;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that answer classified messages. A few are kept ready; when every one of them is busy (waiting for an
 * LLM, say) another is started rather than making the next message wait, so FAQ answers never queue behind slow LLM
 * calls. Past {@link #MAX_THREADS} busy threads, messages wait in a queue for the first free overflow thread.
 */
final class Responders {

    /** Each thread waits on one message, and a conversation has at most one message being answered. */
    static final int MAX_THREADS = 256;

    private final ThreadPoolExecutor threads;
    private final ExecutorService overflow;

    Responders(int ready) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "penny-answer-" + count.getAndIncrement());
            t.setDaemon(true);
            return t;
        };
        this.overflow = Executors.newFixedThreadPool(ready, factory);
        this.threads = new ThreadPoolExecutor(
                ready,
                Math.max(ready, MAX_THREADS),
                30,
                TimeUnit.SECONDS,
                new SynchronousQueue<>(),
                factory,
                (task, pool) -> overflow.execute(task));
    }

    void execute(Runnable task) {
        threads.execute(task);
    }

    /** Finishes the tasks already handed over, waiting at most {@code nanos}. */
    void close(long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + nanos;
        threads.shutdown();
        threads.awaitTermination(nanos, TimeUnit.NANOSECONDS);
        overflow.shutdown();
        overflow.awaitTermination(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    }
}
