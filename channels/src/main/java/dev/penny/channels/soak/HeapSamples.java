package dev.penny.channels.soak;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The heap each node reports, sampled through the run, to show whether it stays flat. */
final class HeapSamples {

    private record Sample(int node, long at, double mb) {}

    private final List<SoakNode> nodes;
    private final List<Sample> samples = new ArrayList<>();
    private final Map<String, List<Double>> afterGc = new LinkedHashMap<>();
    private final long start = System.nanoTime();

    HeapSamples(List<SoakNode> nodes) {
        this.nodes = nodes;
    }

    synchronized void sample() {
        for (SoakNode node : nodes) {
            double mb = node.sampleHeapMb();
            if (!Double.isNaN(mb)) {
                samples.add(new Sample(node.index(), System.nanoTime() - start, mb));
            }
        }
    }

    /** Each live node's heap right after a full collection, once per third of the run. */
    synchronized void sampleAfterGc() {
        for (SoakNode node : nodes) {
            afterGc.computeIfAbsent("node-" + node.index(), k -> new ArrayList<>())
                    .add(SoakCommand.round(node.liveHeapMb()));
        }
    }

    /** Per node, the heap after a full collection at the end of each third: flat when it does not climb. */
    synchronized Map<String, List<Double>> afterGcByThird() {
        return new LinkedHashMap<>(afterGc);
    }

    synchronized Map<String, Double> maxByNode() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (SoakNode node : nodes) {
            out.put("node-" + node.index(), SoakCommand.round(node.maxHeapMb()));
        }
        return out;
    }

    /** Per node, the largest heap seen in each third of the run: flat when the last third is not above the first. */
    synchronized Map<String, List<Double>> maxByThird() {
        long span = Math.max(1, System.nanoTime() - start);
        Map<String, List<Double>> out = new LinkedHashMap<>();
        for (SoakNode node : nodes) {
            double[] max = new double[3];
            for (Sample s : samples) {
                if (s.node() == node.index()) {
                    int third = (int) Math.min(2, 3 * s.at() / span);
                    max[third] = Math.max(max[third], s.mb());
                }
            }
            out.put(
                    "node-" + node.index(),
                    List.of(SoakCommand.round(max[0]), SoakCommand.round(max[1]), SoakCommand.round(max[2])));
        }
        return out;
    }
}
