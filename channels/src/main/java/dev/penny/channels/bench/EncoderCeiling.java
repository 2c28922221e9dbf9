package dev.penny.channels.bench;

import java.util.Map;

/**
 * The encoder's own throughput with no server around it, in texts per second, for each way it can run.
 *
 * @param ways texts/s by a description of the way, in the order measured
 */
record EncoderCeiling(Map<String, Double> ways) {

    /** The physical limit for answering: the fastest way. */
    double perSecond() {
        return ways.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }
}
