package dev.penny.intents.evaluation;

import dev.penny.intents.evaluation.Candidate.Example;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Simulates a catalog that is just starting: a seeded sample of at most {@code perIntent} training examples of each
 * intent, the rest left out. Intents are visited in id order and each intent's examples shuffled with one seeded
 * generator, so a seed names one sample.
 */
final class ExamplesPerIntent {

    private ExamplesPerIntent() {}

    static List<Example> sample(List<Example> train, int perIntent, long seed) {
        if (perIntent < 1) {
            throw new IllegalArgumentException("--examples-per-intent must be at least 1, was " + perIntent);
        }
        Map<String, List<Example>> byIntent = new TreeMap<>();
        train.forEach(e ->
                byIntent.computeIfAbsent(e.intentId(), k -> new ArrayList<>()).add(e));
        Random random = new Random(seed);
        List<Example> out = new ArrayList<>();
        for (List<Example> examples : byIntent.values()) {
            Collections.shuffle(examples, random);
            out.addAll(examples.subList(0, Math.min(perIntent, examples.size())));
        }
        return out;
    }
}
