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
 * only once the previous one is answered ({@link PendingMessages}). Closing answers what is already queued before the
 * threads stop.
 */
public final class MessageBatcher implements AutoCloseable {

    private final SupportEngine engine;
    private final PendingMessages pending;
    private final Responders responders;
    private final ReplySenders senders = new ReplySenders();
    private final List<Thread> understanding;

    /**
     * @param classifiers threads classifying batches side by side
     * @param responders threads kept ready to answer classified messages; more are started while all of them wait
     *     for an LLM
     * @param linger how long to wait for more messages after the first of a batch
     * @param maxBatch the most messages classified in one encoder call
     */
    public MessageBatcher(SupportEngine engine, int classifiers, int responders, Duration linger, int maxBatch) {
        this.engine = engine;
        this.pending = new PendingMessages(linger.toNanos(), maxBatch);
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
     * ReplySenders}), so what its callbacks do (write to a socket that may block) holds up no other reply.
     */
    public CompletableFuture<Reply> submit(VisitorMessage message) {
        CompletableFuture<Reply> reply = new CompletableFuture<>();
        if (!pending.add(new Pending(message, reply))) {
            reply.completeExceptionally(new IllegalStateException("Penny is shutting down"));
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
                pending.finish(batch);
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
            pending.finish(batch);
            batch.forEach(p -> fail(p, e));
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            Pending message = batch.get(i);
            Optional<Reply> reply = fromFaq.get(i);
            if (reply.isPresent()) {
                pending.finish(List.of(message));
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
                pending.finish(List.of(message));
                complete(message, reply);
            } catch (RuntimeException | Error e) {
                pending.finish(List.of(message));
                fail(message, e);
            }
        });
    }

    private void complete(Pending message, Reply reply) {
        handOver(() -> message.reply().complete(reply));
    }

    private void fail(Pending message, Throwable failure) {
        handOver(() -> message.reply().completeExceptionally(failure));
    }

    private void handOver(Runnable completion) {
        try {
            senders.execute(completion);
        } catch (RejectedExecutionException e) {
            completion.run(); // closing ran past its deadline: hand it over here rather than drop it
        }
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

    /** Answers what is queued, then stops the threads; waits up to ten seconds. */
    @Override
    public void close() {
        pending.close();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
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
