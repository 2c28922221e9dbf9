package dev.penny.intents.evaluation;

import dev.penny.intents.evaluation.Candidate.Example;
import dev.penny.intents.evaluation.Candidate.Verdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Quality figures of one candidate on one test set. Definitions follow the evaluation issue: {@code accuracy} is
 * top-intent accuracy on in-scope rows ignoring the out-of-scope verdict (the figure papers report);
 * {@code knownAccuracy} also requires that the row was not flagged out of scope.
 */
record Scores(
        double accuracy,
        double macroF1,
        double knownAccuracy,
        Double oosPrecision,
        Double oosRecall,
        List<ConfusedPair> confusedPairs) {

    record ConfusedPair(String expected, String predicted, int count) {}

    static Scores of(List<Example> test, List<Verdict> verdicts, boolean judgesOutOfScope) {
        int inScope = 0;
        int right = 0;
        int rightAndKept = 0;
        int oosRows = 0;
        int oosCaught = 0;
        int flagged = 0;
        Map<String, Integer> truePositives = new HashMap<>();
        Map<String, Integer> predicted = new HashMap<>();
        Map<String, Integer> actual = new HashMap<>();
        Map<List<String>, Integer> confusions = new HashMap<>();
        for (int i = 0; i < test.size(); i++) {
            String gold = test.get(i).intentId();
            Verdict v = verdicts.get(i);
            if (v.outOfScope() && judgesOutOfScope) {
                flagged++;
            }
            if (gold.equals(UnknownIntents.OUT_OF_SCOPE)) {
                oosRows++;
                if (v.outOfScope() && judgesOutOfScope) {
                    oosCaught++;
                }
                continue;
            }
            inScope++;
            actual.merge(gold, 1, Integer::sum);
            predicted.merge(v.intentId(), 1, Integer::sum);
            if (gold.equals(v.intentId())) {
                right++;
                truePositives.merge(gold, 1, Integer::sum);
                if (!(v.outOfScope() && judgesOutOfScope)) {
                    rightAndKept++;
                }
            } else {
                confusions.merge(List.of(gold, v.intentId()), 1, Integer::sum);
            }
        }
        double macroF1 = 0;
        for (String intent : new TreeSet<>(actual.keySet())) {
            double tp = truePositives.getOrDefault(intent, 0);
            double precision = tp == 0 ? 0 : tp / predicted.get(intent);
            double recall = tp / actual.get(intent);
            macroF1 += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
        macroF1 /= Math.max(actual.size(), 1);
        boolean hasOos = oosRows > 0 && judgesOutOfScope;
        List<ConfusedPair> pairs = new ArrayList<>();
        confusions.forEach((k, n) -> pairs.add(new ConfusedPair(k.get(0), k.get(1), n)));
        pairs.sort((a, b) -> a.count() != b.count()
                ? Integer.compare(b.count(), a.count())
                : (a.expected() + a.predicted()).compareTo(b.expected() + b.predicted()));
        return new Scores(
                right / (double) Math.max(inScope, 1),
                macroF1,
                rightAndKept / (double) Math.max(inScope, 1),
                hasOos ? (flagged == 0 ? 0.0 : oosCaught / (double) flagged) : null,
                hasOos ? oosCaught / (double) oosRows : null,
                List.copyOf(pairs.subList(0, Math.min(10, pairs.size()))));
    }
}
