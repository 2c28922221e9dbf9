package dev.penny.channels.config;

import java.time.Duration;

/**
 * How visitor messages are batched and classified. The encoder answers a batch of similar-length questions for
 * little more than the price of one; the answers are made on other threads.
 *
 * @param workers threads kept ready to answer classified messages (decide, store, call the LLM); more are started
 *     while all of them wait for an LLM, so a slow LLM call never holds up other visitors
 * @param linger how long a classifying thread waits for more messages after the first of a batch; none by default,
 *     since under load batches fill while the classifiers are busy and at light load a wait only delays the answer
 * @param maxBatch the most messages answered in one batch
 * @param classifiers threads classifying batches side by side; by default one per core, because on short questions
 *     overlapping encoder calls outran one call at a time spread over all cores (2 cores: the encoder alone at about
 *     450 texts/s against 300, see the README)
 * @param encoderThreads threads ONNX Runtime may use inside one encoder call; 0: one per core, shared by the
 *     classifying threads' overlapping calls. By default 1: each classifying thread's call runs on its own thread (the
 *     bench at saturation: 288 messages/s against 184 with a shared pool of two threads)
 * @param queueCapacity the most visitor messages waiting to be classified on this node; more are refused with error
 *     busy (HTTP 503) and sent again by the client, rather than queued without bound
 * @param announceCapacity the most announcements of stored turns waiting to be published to the other nodes; while
 *     that many wait, new visitor messages are refused with error busy
 */
public record DispatchProperties(
        Integer workers,
        Duration linger,
        Integer maxBatch,
        Integer classifiers,
        Integer encoderThreads,
        Integer queueCapacity,
        Integer announceCapacity) {

    public DispatchProperties {
        workers = workers == null ? 4 : workers;
        linger = linger == null ? Duration.ZERO : linger;
        maxBatch = maxBatch == null ? 32 : maxBatch;
        classifiers = classifiers == null ? Runtime.getRuntime().availableProcessors() : classifiers;
        encoderThreads = encoderThreads == null ? 1 : encoderThreads;
        queueCapacity = queueCapacity == null ? 2000 : queueCapacity;
        announceCapacity = announceCapacity == null ? 10_000 : announceCapacity;
        if (workers < 1
                || maxBatch < 1
                || classifiers < 1
                || queueCapacity < 1
                || announceCapacity < 1
                || encoderThreads < 0
                || linger.isNegative()) {
            throw new IllegalArgumentException("penny.dispatch: workers, max-batch, classifiers, queue-capacity and"
                    + " announce-capacity must be positive, encoder-threads and linger not negative");
        }
    }

    public static DispatchProperties defaults() {
        return new DispatchProperties(null, null, null, null, null, null, null);
    }
}
