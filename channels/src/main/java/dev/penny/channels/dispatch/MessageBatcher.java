package dev.penny.channels.dispatch;

import dev.penny.channels.dispatch.PendingMessages.Pending;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.engine.Reply;
import dev.penny.core.engine.SupportEngine;
import dev.penny.core.engine.Understood;
import dev.penny.core.engine.VisitorMessage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.slf4j.MDC;

/**
 * Hands visitor messages to the engine in batches, so the encoder classifies many messages in one call.
 *
 * <p>A few threads, {@code penny-understand-N} (one per core by default), classify: each takes every message waiting
 * (those that arrived while the previous batches were classified; after lingering a moment for more, if {@code
 * penny.dispatch.linger} says so), and has the engine store and classify them ({@link SupportEngine#understandAll})
 * in one encoder call. The calls overlap, each on ONNX Runtime threads of its own (one by default, {@code
 * penny.dispatch.encoder-threads}). Batches grow with the load. A responder thread then answers the batch's FAQ
 * questions together ({@link SupportEngine#respondFromFaq}: a few store round trips for the whole batch instead of a
 * few per message), and hands every other message to a responder of its own ({@link Responders}, {@link
 * SupportEngine#respond}): the decision, the writes and any LLM call, so a slow LLM call holds up only its own
 * conversation. One conversation's messages are answered in the order they arrived: its next message joins a batch
 * only once the previous one is answered ({@link PendingMessages}).
 *
 * <p>The queue is bounded: a message arriving while {@code capacity} wait, or while {@code backlogged} says that what
 * follows the answers (the announcer) is behind, is refused with {@link DispatchBusy}, never stored, and the client
 * sends it again. {@link #drain} answers what is accepted while refusing more; closing drains, then stops the threads.
 */
public final class MessageBatcher implements AutoCloseable {

    static final Duration RETRY_WHEN_FULL = Duration.ofSeconds(1);
    static final Duration RETRY_WHEN_DRAINING = Duration.ofSeconds(2);

    private final SupportEngine engine;
    private final PendingMessages pending;
    private final Responders responders;
    private final ReplySenders senders = new ReplySenders();
    private final List<Thread> understanding;
    private final BooleanSupplier backlogged;
    private final Object answering = new Object();
    private int unanswered;
    /** Guarded by {@link #answering}: a drain ran since messages were last accepted. */
    private boolean drained;

    /** A batcher whose queue holds up to 10 000 messages and that nothing downstream holds back. */
    public MessageBatcher(SupportEngine engine, int classifiers, int responders, Duration linger, int maxBatch) {
        this(engine, classifiers, responders, linger, maxBatch, 10_000, () -> false);
    }

    /**
     * @param classifiers threads classifying batches side by side
     * @param responders threads kept ready to answer classified messages; more are started while all of them wait
     *     for an LLM
     * @param linger how long to wait for more messages after the first of a batch
     * @param maxBatch the most messages classified in one encoder call
     * @param capacity the most messages waiting to be classified; more are refused as busy
     * @param backlogged true while new messages are to be refused as busy because what follows their answers is behind
     */
    public MessageBatcher(
            SupportEngine engine,
            int classifiers,
            int responders,
            Duration linger,
            int maxBatch,
            int capacity,
            BooleanSupplier backlogged) {
        this.engine = engine;
        this.backlogged = backlogged;
        this.pending = new PendingMessages(linger.toNanos(), maxBatch, capacity);
        this.responders = new Responders(responders);
        this.understanding = IntStream.rangeClosed(1, classifiers)
                .mapToObj(n -> new Thread(this::understand, "penny-understand-" + n))
                .toList();
        understanding.forEach(thread -> {
            thread.setDaemon(true);
            thread.start();
        });
    }

    /**
     * Queues a message; the future completes with the engine's reply, or its failure, on a thread of its own ({@link
     * ReplySenders}), so what its callbacks do (write to a socket that may block) holds up no other reply. A message
     * that is not accepted fails at once with {@link DispatchBusy}.
     */
    public CompletableFuture<Reply> submit(VisitorMessage message) {
        CompletableFuture<Reply> reply = new CompletableFuture<>();
        if (backlogged.getAsBoolean()) {
            reply.completeExceptionally(
                    new DispatchBusy("the announcer is behind; send the message again shortly", RETRY_WHEN_FULL));
            return reply;
        }
        synchronized (answering) {
            unanswered++;
        }
        PendingMessages.Admission admission = pending.add(new Pending(message, reply));
        if (admission != PendingMessages.Admission.ACCEPTED) {
            answered();
            reply.completeExceptionally(
                    admission == PendingMessages.Admission.FULL
                            ? new DispatchBusy("too many messages are waiting; send it again shortly", RETRY_WHEN_FULL)
                            : new DispatchBusy(
                                    "this server is shutting down; send the message again", RETRY_WHEN_DRAINING));
        }
        return reply;
    }

    private void understand() {
        List<Pending> batch;
        while (!(batch = pending.nextBatch()).isEmpty()) {
            List<Understood> understood;
            try {
                understood = engine.understandAll(
                        batch.stream().map(Pending::message).toList());
            } catch (RuntimeException | Error e) {
                batch.forEach(p -> fail(p, e));
                continue;
            }
            List<Pending> classified = batch;
            responders.execute(() -> respondTogether(classified, understood));
        }
    }

    /**
     * Answers the batch's FAQ questions together (a few store round trips for all of them), then hands each other
     * message to a responder of its own, as it may wait for an LLM.
     */
    private void respondTogether(List<Pending> batch, List<Understood> understood) {
        List<Optional<Reply>> fromFaq;
        try {
            fromFaq = engine.respondFromFaq(understood, MessageBatcher::inConversation);
        } catch (RuntimeException | Error e) {
            batch.forEach(p -> fail(p, e));
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            Pending message = batch.get(i);
            Optional<Reply> reply = fromFaq.get(i);
            if (reply.isPresent()) {
                complete(message, reply.get());
            } else {
                Understood left = understood.get(i);
                responders.execute(() -> respond(message, left));
            }
        }
    }

    private void respond(Pending message, Understood understood) {
        inConversation(message.message().conversationId(), () -> {
            try {
                Reply reply = engine.respond(understood);
                complete(message, reply);
            } catch (RuntimeException | Error e) {
                fail(message, e);
            }
        });
    }

    private void complete(Pending message, Reply reply) {
        handOver(message, () -> message.reply().complete(reply));
    }

    private void fail(Pending message, Throwable failure) {
        handOver(message, () -> message.reply().completeExceptionally(failure));
    }

    /**
     * Hands the reply over, and only then lets the conversation's next message be answered: handed over on another
     * sender thread, the next reply could otherwise reach the visitor before this one.
     */
    private void handOver(Pending message, Runnable completion) {
        Runnable counted = () -> {
            try {
                completion.run();
            } finally {
                pending.finish(List.of(message));
                answered();
            }
        };
        try {
            senders.execute(counted);
        } catch (RejectedExecutionException e) {
            counted.run(); // closing ran past its deadline: hand it over here rather than drop it
        }
    }

    private void answered() {
        synchronized (answering) {
            unanswered--;
            answering.notifyAll();
        }
    }

    /**
     * Refuses new messages (as busy) and waits until every accepted one is answered and its reply handed over, or
     * {@code timeout} has passed; {@link #resume} accepts messages again.
     *
     * @return true when everything accepted was answered
     */
    public boolean drain(Duration timeout) {
        pending.pause();
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (answering) {
            drained = true;
            try {
                while (unanswered > 0) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    TimeUnit.NANOSECONDS.timedWait(answering, left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            return true;
        }
    }

    /** Accepts messages again after a {@link #drain}; a closed batcher stays closed. */
    public void resume() {
        synchronized (answering) {
            drained = false;
        }
        pending.resume();
    }

    /** What is logged while answering carries the conversation's id. */
    private static void inConversation(ConversationId id, Runnable work) {
        MDC.put("conversationId", id.value());
        try {
            work.run();
        } finally {
            MDC.remove("conversationId");
        }
    }

    /**
     * Answers what is queued, then stops the threads; waits up to ten seconds. After a drain (a node's shutdown drains
     * first), it waits a second at most: what that drain could not answer had its claims handed back, and waiting
     * for a stuck LLM call a second time would only hold up the node's exit.
     */
    @Override
    public void close() {
        boolean drainedBefore;
        synchronized (answering) {
            drainedBefore = drained;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(drainedBefore ? 1 : 10);
        if (!drainedBefore) {
            drain(Duration.ofSeconds(10));
        }
        pending.close();
        try {
            for (Thread thread : understanding) {
                thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            }
            responders.close(Math.max(1, deadline - System.nanoTime()));
            senders.close(Math.max(1, deadline - System.nanoTime()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
