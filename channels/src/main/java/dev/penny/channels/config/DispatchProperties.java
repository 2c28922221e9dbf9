package dev.penny.channels.config;

import java.time.Duration;

/**
 * How visitor messages are batched: the encoder answers a batch of 32 for little more than the price of one. One
 * thread classifies the batches; the answers are made on other threads.
 *
 * @param workers threads kept ready to answer classified messages (decide, store, call the LLM); more are started
 *     while all of them wait for an LLM, so a slow LLM call never holds up other visitors
 * @param linger how long the classifying thread waits for more messages after the first of a batch
 * @param maxBatch the most messages answered in one batch
 * @param encoderSpinWait whether ONNX Runtime's threads spin while they wait for work; off by default, because in a
 *     server they share the cores with the threads that answer and send, and the bench measured off as better
 */
public record DispatchProperties(Integer workers, Duration linger, Integer maxBatch, Boolean encoderSpinWait) {

    public DispatchProperties {
        workers = workers == null ? 4 : workers;
        linger = linger == null ? Duration.ofMillis(1) : linger;
        maxBatch = maxBatch == null ? 32 : maxBatch;
        encoderSpinWait = encoderSpinWait != null && encoderSpinWait;
        if (workers < 1 || maxBatch < 1 || linger.isNegative()) {
            throw new IllegalArgumentException("penny.dispatch: workers and max-batch must be positive");
        }
    }

    static DispatchProperties defaults() {
        return new DispatchProperties(null, null, null, null);
    }
}
