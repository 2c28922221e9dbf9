package dev.penny.channels.dispatch;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.engine.Reply;
import dev.penny.core.engine.VisitorMessage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Messages waiting to be classified, handed out in batches: at most one message per conversation per batch, and none of
 * a conversation while one of its messages is still being answered ({@link #finish}), so a conversation's messages
 * keep their order. At most {@code capacity} messages wait; more are refused rather than queued.
 */
final class PendingMessages {

    /** A message and the reply its sender waits for. */
    record Pending(VisitorMessage message, CompletableFuture<Reply> reply) {}

    /** What became of a message offered to the queue. */
    enum Admission {
        ACCEPTED,
        /** As many messages wait as the capacity allows. */
        FULL,
        /** Paused for a drain, or closed. */
        REFUSED
    }

    private final long lingerNanos;
    private final int maxBatch;
    private final int capacity;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private final Set<ConversationId> inFlight = new HashSet<>();
    private boolean accepting = true;
    private boolean open = true;

    PendingMessages(long lingerNanos, int maxBatch, int capacity) {
        this.lingerNanos = lingerNanos;
        this.maxBatch = maxBatch;
        this.capacity = capacity;
    }

    /** Queues the message unless the queue is full, paused or closed; a refused message is not queued. */
    Admission add(Pending pending) {
        lock.lock();
        try {
            if (!accepting) {
                return Admission.REFUSED;
            }
            if (queue.size() >= capacity) {
                return Admission.FULL;
            }
            queue.add(pending);
            changed.signal();
            return Admission.ACCEPTED;
        } finally {
            lock.unlock();
        }
    }

    /** Refuses new messages while what is queued is still handed out, until {@link #resume}. */
    void pause() {
        lock.lock();
        try {
            accepting = false;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Accepts messages again after a {@link #pause}; a closed queue stays closed. */
    void resume() {
        lock.lock();
        try {
            accepting = open;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Blocks for the next batch: what is waiting, after lingering a moment for more when little is. Empty once
     * closed and drained.
     */
    List<Pending> nextBatch() {
        lock.lock();
        try {
            while (true) {
                while (!hasEligible()) {
                    if (!open && queue.isEmpty()) {
                        return List.of();
                    }
                    changed.awaitUninterruptibly();
                }
                linger();
                // Empty only if another classifying thread emptied the queue while this one lingered.
                List<Pending> batch = take();
                if (!batch.isEmpty()) {
                    return batch;
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** These messages are answered: their conversations may be in the next batch. */
    void finish(List<Pending> batch) {
        lock.lock();
        try {
            batch.forEach(p -> inFlight.remove(p.message().conversationId()));
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Accepts nothing more; what is queued is still handed out, then {@link #nextBatch} returns empty. */
    void close() {
        lock.lock();
        try {
            accepting = false;
            open = false;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void linger() {
        long wait = lingerNanos;
        try {
            while (accepting && wait > 0 && queue.size() < maxBatch) {
                wait = changed.awaitNanos(wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean hasEligible() {
        return queue.stream().anyMatch(p -> !inFlight.contains(p.message().conversationId()));
    }

    private List<Pending> take() {
        List<Pending> batch = new ArrayList<>();
        Iterator<Pending> it = queue.iterator();
        while (it.hasNext() && batch.size() < maxBatch) {
            Pending pending = it.next();
            if (inFlight.add(pending.message().conversationId())) {
                batch.add(pending);
                it.remove();
            }
        }
        return batch;
    }
}
