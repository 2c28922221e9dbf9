package dev.penny.intents.classifier;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * A seeded, per-intent split of the examples into those the head is fitted on and those kept out for calibration.
 * Intents with few examples keep them all: a classifier that never saw an intent cannot be calibrated on it.
 */
record HeldOutSplit(int[] fitted, int[] heldOut, int[] all) {

    /** An intent needs at least this many examples before any is held out. */
    static final int MIN_EXAMPLES_TO_HOLD_OUT = 5;

    static HeldOutSplit stratified(int[] labels, double fraction, long seed) {
        Map<Integer, List<Integer>> byIntent = new TreeMap<>();
        for (int i = 0; i < labels.length; i++) {
            byIntent.computeIfAbsent(labels[i], k -> new ArrayList<>()).add(i);
        }
        Random random = new Random(seed);
        List<Integer> fit = new ArrayList<>();
        List<Integer> held = new ArrayList<>();
        for (List<Integer> rows : byIntent.values()) {
            Collections.shuffle(rows, random);
            int hold = rows.size() >= MIN_EXAMPLES_TO_HOLD_OUT ? (int) Math.floor(rows.size() * fraction) : 0;
            held.addAll(rows.subList(0, hold));
            fit.addAll(rows.subList(hold, rows.size()));
        }
        Collections.sort(fit);
        Collections.sort(held);
        return new HeldOutSplit(
                fit.stream().mapToInt(Integer::intValue).toArray(),
                held.stream().mapToInt(Integer::intValue).toArray(),
                IntStream.range(0, labels.length).toArray());
    }
}
