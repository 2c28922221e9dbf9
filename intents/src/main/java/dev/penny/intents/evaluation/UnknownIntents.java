package dev.penny.intents.evaluation;

import dev.penny.intents.evaluation.Candidate.Example;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Simulates questions the catalog does not cover on any dataset: a seeded share of intents is removed from
 * training and their test rows are relabelled {@code oos}.
 */
record UnknownIntents(Set<String> removed) {

    static final String OUT_OF_SCOPE = "oos";

    static UnknownIntents choose(List<Example> train, double fraction, long seed) {
        List<String> intents = new ArrayList<>(
                new TreeSet<>(train.stream().map(Example::intentId).toList()));
        intents.remove(OUT_OF_SCOPE);
        Collections.shuffle(intents, new Random(seed));
        int count = (int) Math.round(intents.size() * fraction);
        return new UnknownIntents(new TreeSet<>(intents.subList(0, count)));
    }

    List<Example> training(List<Example> train) {
        return train.stream()
                .filter(e -> !removed.contains(e.intentId()) && !e.intentId().equals(OUT_OF_SCOPE))
                .toList();
    }

    List<Example> test(List<Example> test) {
        return test.stream()
                .map(e -> removed.contains(e.intentId()) ? new Example(e.text(), OUT_OF_SCOPE) : e)
                .toList();
    }
}
