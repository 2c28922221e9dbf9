package dev.penny.intents.quality;

import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.catalog.Intent;
import dev.penny.intents.catalog.IntentChecks;
import dev.penny.intents.catalog.LabelledExample;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Splits a catalog's examples into folds so that each fold holds about the same share of every intent.
 *
 * <p>Examples that are the same but for case and spacing go to the same fold, or the classifier would be tested on
 * what it was trained on. An intent with fewer distinct examples than folds is tested in as many folds as it has
 * examples, each time trained on the others; where its groups start rotates from intent to intent so the folds stay
 * even. Empty examples are left out: validation refuses them anyway.
 */
final class StratifiedFolds {

    private StratifiedFolds() {}

    /** The examples of each fold, in catalog order within a fold; folds that got nothing are left out. */
    static List<List<LabelledExample>> split(Catalog catalog, int folds, long seed) {
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, was " + folds);
        }
        List<List<LabelledExample>> out = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            out.add(new ArrayList<>());
        }
        Random random = new Random(seed);
        int start = 0;
        for (Intent intent : catalog.intents()) {
            List<List<String>> groups = new ArrayList<>(groups(intent).values());
            Collections.shuffle(groups, random);
            for (int g = 0; g < groups.size(); g++) {
                List<LabelledExample> fold = out.get((start + g) % folds);
                groups.get(g).forEach(text -> fold.add(new LabelledExample(text, intent.id())));
            }
            start = (start + groups.size()) % folds;
        }
        out.removeIf(List::isEmpty);
        return out;
    }

    private static Map<String, List<String>> groups(Intent intent) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String example : intent.examples()) {
            String key = IntentChecks.normalise(example);
            if (!key.isEmpty()) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(example);
            }
        }
        return groups;
    }
}
