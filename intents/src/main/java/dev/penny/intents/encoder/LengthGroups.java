package dev.penny.intents.encoder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts texts into encoder batches of similar token length. A transformer batch pads every text to its longest, and
 * the padded positions cost as much as real ones; grouping by length keeps that waste small while still batching
 * texts of the same length together, which is where batching pays.
 */
final class LengthGroups {

    private LengthGroups() {}

    /**
     * @param tokenCounts each text's token count
     * @param maxBatch the most texts in one group
     * @param slack the share of a group's padded tokens that may be padding before a longer text starts a new group
     * @return the texts' indices, grouped; shortest texts first, every index exactly once
     */
    static List<int[]> of(int[] tokenCounts, int maxBatch, double slack) {
        Integer[] order = new Integer[tokenCounts.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // stable, so texts of equal length keep their input order and a given input always groups the same way
        Arrays.sort(order, (a, b) -> Integer.compare(tokenCounts[a], tokenCounts[b]));
        List<int[]> groups = new ArrayList<>();
        int from = 0;
        while (from < order.length) {
            long realTokens = tokenCounts[order[from]];
            int to = from + 1;
            while (to < order.length && to - from < maxBatch) {
                long padded = (long) tokenCounts[order[to]] * (to - from + 1);
                long real = realTokens + tokenCounts[order[to]];
                if (padded - real > slack * padded) {
                    break;
                }
                realTokens = real;
                to++;
            }
            int[] group = new int[to - from];
            for (int i = from; i < to; i++) {
                group[i - from] = order[i];
            }
            groups.add(group);
            from = to;
        }
        return groups;
    }
}
