package dev.penny.intents.classifier;

import dev.penny.intents.catalog.IntentChecks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * A seeded, per-intent split of the examples into those the head is fitted on and those kept out for calibration:
 * one fixed slice for a large catalog, or one split per fold for a small one, whose held-out parts together cover
 * every example.
 */
record HeldOutSplit(int[] fitted, int[] heldOut, int[] all) {

    /** An intent needs at least this many examples before the fixed slice takes any. */
    static final int MIN_EXAMPLES_TO_HOLD_OUT = 5;

    /**
     * Holds out {@code fraction} of each intent's examples. Intents with few examples keep them all: a classifier
     * that never saw an intent cannot be calibrated on it.
     */
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
        return new HeldOutSplit(
                sorted(fit), sorted(held), IntStream.range(0, labels.length).toArray());
    }

    /**
     * Splits into {@code folds} parts with about the same share of every intent, one split per fold that holds that
     * part out. Examples that are the same but for case and spacing share a fold, or the calibration would test the
     * head on what it was trained on. Where each intent's examples start rotates from intent to intent, so an intent
     * with fewer examples than folds is still held out once per example, and the folds stay even. Folds that got
     * nothing are left out.
     */
    static List<HeldOutSplit> folds(List<String> texts, int[] labels, int folds, long seed) {
        if (folds < 2) {
            throw new IllegalArgumentException("out-of-fold calibration needs at least 2 folds, was " + folds);
        }
        Map<Integer, Map<String, List<Integer>>> byIntent = new TreeMap<>();
        for (int i = 0; i < labels.length; i++) {
            byIntent.computeIfAbsent(labels[i], k -> new LinkedHashMap<>())
                    .computeIfAbsent(IntentChecks.normalise(texts.get(i)), k -> new ArrayList<>())
                    .add(i);
        }
        int[] foldOf = new int[labels.length];
        Random random = new Random(seed);
        int start = 0;
        for (Map<String, List<Integer>> groups : byIntent.values()) {
            List<List<Integer>> shuffled = new ArrayList<>(groups.values());
            Collections.shuffle(shuffled, random);
            for (int g = 0; g < shuffled.size(); g++) {
                int fold = (start + g) % folds;
                shuffled.get(g).forEach(row -> foldOf[row] = fold);
            }
            start = (start + shuffled.size()) % folds;
        }
        int[] all = IntStream.range(0, labels.length).toArray();
        List<HeldOutSplit> out = new ArrayList<>(folds);
        for (int f = 0; f < folds; f++) {
            int fold = f;
            int[] held = IntStream.range(0, labels.length)
                    .filter(i -> foldOf[i] == fold)
                    .toArray();
            if (held.length > 0) {
                int[] fit = IntStream.range(0, labels.length)
                        .filter(i -> foldOf[i] != fold)
                        .toArray();
                out.add(new HeldOutSplit(fit, held, all));
            }
        }
        return out;
    }

    /**
     * This split with {@code count} more rows, numbered from {@code first}, that are always fitted and never held out.
     */
    HeldOutSplit alsoFitting(int first, int count) {
        if (count == 0) {
            return this;
        }
        int[] extra = IntStream.range(first, first + count).toArray();
        return new HeldOutSplit(concat(fitted, extra), heldOut, concat(all, extra));
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static int[] sorted(List<Integer> rows) {
        return rows.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
}
