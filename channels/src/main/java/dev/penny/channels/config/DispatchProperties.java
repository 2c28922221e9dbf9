package dev.penny.channels.config;

import java.time.Duration;

/**
 * How visitor messages are batched: the encoder answers a batch of 32 for little more than the price of one.
 *
 * @param workers threads that answer batches; more lets a slow LLM call hold up fewer visitors
 * @param linger how long a worker waits for more messages after the first before answering
 * @param maxBatch the most messages answered in one batch
 */
public record DispatchProperties(Integer workers, Duration linger, Integer maxBatch) {

    public DispatchProperties {
        workers = workers == null ? 4 : workers;
        linger = linger == null ? Duration.ofMillis(1) : linger;
        maxBatch = maxBatch == null ? 32 : maxBatch;
        if (workers < 1 || maxBatch < 1 || linger.isNegative()) {
            throw new IllegalArgumentException("penny.dispatch: workers and max-batch must be positive");
        }
    }

    static DispatchProperties defaults() {
        return new DispatchProperties(null, null, null);
    }
}
