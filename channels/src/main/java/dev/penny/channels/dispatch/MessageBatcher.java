package dev.penny.channels.dispatch;

import dev.penny.channels.dispatch.PendingMessages.Pending;
import dev.penny.core.engine.Reply;
import dev.penny.core.engine.SupportEngine;
import dev.penny.core.engine.VisitorMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.MDC;

/**
 * Hands visitor messages to the engine in batches, so the encoder classifies many messages in one call.
 *
 * <p>A worker takes every message waiting (those that arrived while the previous batch ran), or, when only a few
 * wait, lingers a moment for more. Different conversations run in parallel on the workers; one conversation's
 * messages are answered in the order they arrived ({@link PendingMessages}). Closing answers what is already queued
 * before the workers stop.
 *
 * <p>The engine answers a batch as a whole, so a message routed to the LLM holds up the others of its batch for the
 * length of the call; more workers keep the rest of the traffic moving meanwhile.
 */
public final class MessageBatcher implements AutoCloseable {

    private final SupportEngine engine;
    private final PendingMessages pending;
    private final List<Thread> workers = new ArrayList<>();

    public MessageBatcher(SupportEngine engine, int workerCount, Duration linger, int maxBatch) {
        this.engine = engine;
        this.pending = new PendingMessages(linger.toNanos(), maxBatch);
        for (int i = 0; i < workerCount; i++) {
            Thread worker = new Thread(this::work, "penny-answer-" + i);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
    }

    /** Queues a message; the future completes on a worker thread with the engine's reply, or its failure. */
    public CompletableFuture<Reply> submit(VisitorMessage message) {
        CompletableFuture<Reply> reply = new CompletableFuture<>();
        if (!pending.add(new Pending(message, reply))) {
            reply.completeExceptionally(new IllegalStateException("Penny is shutting down"));
        }
        return reply;
    }

    private void work() {
        List<Pending> batch;
        while (!(batch = pending.nextBatch()).isEmpty()) {
            // The engine logs each decision; a batch of one is common enough to tag its log lines too.
            if (batch.size() == 1) {
                MDC.put(
                        "conversationId",
                        batch.get(0).message().conversationId().value());
            }
            try {
                List<Reply> replies =
                        engine.handleAll(batch.stream().map(Pending::message).toList());
                pending.finish(batch);
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).reply().complete(replies.get(i));
                }
            } catch (RuntimeException | Error e) {
                pending.finish(batch);
                batch.forEach(p -> p.reply().completeExceptionally(e));
            } finally {
                MDC.remove("conversationId");
            }
        }
    }

    /** Answers what is queued, then stops the workers; waits up to ten seconds. */
    @Override
    public void close() {
        pending.close();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (Thread worker : workers) {
            try {
                worker.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
