package dev.penny.intents.evaluation;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.List;

/**
 * Speed and memory figures of one candidate. Latency is one question at a time, as a visitor asks; throughput is
 * the whole test set in one call, which lets a candidate batch if it can.
 */
record Speed(
        double trainSeconds, double latencyP50Ms, double latencyP99Ms, double throughputPerSecond, double peakHeapMb) {

    static final int WARM_UP_QUERIES = 30;

    /** Times single-question classification on the first {@code queries} texts, after a warm-up. */
    static double[] latencies(Candidate candidate, List<String> texts, int queries) {
        int n = Math.min(queries, texts.size());
        for (int i = 0; i < Math.min(WARM_UP_QUERIES, texts.size()); i++) {
            candidate.classify(List.of(texts.get(texts.size() - 1 - i)));
        }
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long started = System.nanoTime();
            candidate.classify(List.of(texts.get(i)));
            ms[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    /** Forgets earlier peaks, so that the next reading belongs to one candidate. */
    static void resetPeakHeap() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks since the last reset, in MiB (an upper bound of the true peak). */
    static double heapPeakSinceResetMb() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024.0 * 1024.0);
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
    }
}
