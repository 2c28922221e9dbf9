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
 * keep their order.
 */
final class PendingMessages {

    /** A message and the reply its sender waits for. */
    record Pending(VisitorMessage message, CompletableFuture<Reply> reply) {}

    private final long lingerNanos;
    private final int maxBatch;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private final Set<ConversationId> inFlight = new HashSet<>();
    private boolean open = true;

    PendingMessages(long lingerNanos, int maxBatch) {
        this.lingerNanos = lingerNanos;
        this.maxBatch = maxBatch;
    }

    /** @return false, queuing nothing, once closed */
    boolean add(Pending pending) {
        lock.lock();
        try {
            if (!open) {
                return false;
            }
            queue.add(pending);
            changed.signal();
            return true;
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

    /** Accepts nothing more; what is queued is still handed out. */
    void close() {
        lock.lock();
        try {
            open = false;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void linger() {
        long wait = lingerNanos;
        try {
            while (open && wait > 0 && queue.size() < maxBatch) {
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
