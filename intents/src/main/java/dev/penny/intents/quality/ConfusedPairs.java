package dev.penny.intents.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The pairs of intents cross-validation mistook for each other most often. */
final class ConfusedPairs {

    static final int MAX_PAIRS = 10;
    static final int MAX_EXAMPLES = 3;

    private ConfusedPairs() {}

    static List<ConfusedPair> of(List<Verdict> verdicts) {
        Map<List<String>, List<Verdict>> byPair = new LinkedHashMap<>();
        for (Verdict v : verdicts) {
            if (!v.right()) {
                List<String> pair = v.expected().compareTo(v.predicted()) < 0
                        ? List.of(v.expected(), v.predicted())
                        : List.of(v.predicted(), v.expected());
                byPair.computeIfAbsent(pair, p -> new ArrayList<>()).add(v);
            }
        }
        return byPair.entrySet().stream()
                .sorted(Comparator.<Map.Entry<List<String>, List<Verdict>>>comparingInt(
                                e -> -e.getValue().size())
                        .thenComparing(e -> e.getKey().get(0))
                        .thenComparing(e -> e.getKey().get(1)))
                .limit(MAX_PAIRS)
                .map(e -> new ConfusedPair(
                        e.getKey().get(0),
                        e.getKey().get(1),
                        e.getValue().size(),
                        e.getValue().stream()
                                .limit(MAX_EXAMPLES)
                                .map(v -> new ConfusedExample(v.text(), v.expected(), v.predicted()))
                                .toList()))
                .toList();
    }
}
