package dev.penny.channels.dispatch;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that hand answers to their senders (whose callbacks write to the visitor's socket), so that a socket
 * whose client stopped reading holds up one of these threads, never the batch loop that answered it and the other
 * visitors of its batch. Threads are started as needed and stop when idle; past {@link #MAX_THREADS} busy ones, replies
 * wait for the first free overflow thread.
 */
final class ReplySenders implements Executor {

    /** A blocked send lasts at most the socket's send time limit; this many at once means something else is wrong. */
    static final int MAX_THREADS = 256;

    private static final int OVERFLOW_THREADS = 2;

    private final ThreadPoolExecutor threads;
    private final ExecutorService overflow;

    ReplySenders() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "penny-reply-" + count.getAndIncrement());
            t.setDaemon(true);
            return t;
        };
        this.overflow = Executors.newFixedThreadPool(OVERFLOW_THREADS, factory);
        this.threads = new ThreadPoolExecutor(
                0,
                MAX_THREADS,
                30,
                TimeUnit.SECONDS,
                new SynchronousQueue<>(),
                factory,
                (task, pool) -> overflow.execute(task));
    }

    @Override
    public void execute(Runnable reply) {
        threads.execute(reply);
    }

    /** Hands over the replies already given, waiting at most {@code nanos}. */
    void close(long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + nanos;
        threads.shutdown();
        threads.awaitTermination(nanos, TimeUnit.NANOSECONDS);
        overflow.shutdown();
        overflow.awaitTermination(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    }
}
