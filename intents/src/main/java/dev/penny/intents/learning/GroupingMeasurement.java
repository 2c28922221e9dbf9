package dev.penny.intents.learning;

import dev.penny.intents.catalog.JsonlExamples;
import dev.penny.intents.catalog.LabelledExample;
import dev.penny.intents.encoder.EncoderModel;
import dev.penny.intents.encoder.OnnxSentenceEncoder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Measures how {@link QuestionGrouping} groups labelled questions at several thresholds, to choose its default:
 *
 * <pre>
 * java -cp intents/target/penny-eval.jar dev.penny.intents.learning.GroupingMeasurement \
 *      --test ../shared/datasets/banking77/test.jsonl [--rows N] [--seed 42] [--model NAME|DIR] \
 *      [--thresholds 0.6,0.65,0.7,0.75,0.8,0.85]
 * </pre>
 *
 * <p>For each threshold it prints the number of groups; purity (the share of questions whose group's most common
 * intent is theirs: high means a group can become one intent); completeness (the share of questions in the largest
 * group of their intent: high means an intent's paraphrases are not scattered); the share of questions in a group of
 * at least two (a singleton teaches little); and the time to group. {@code oos} rows are skipped. With {@code
 * --rows}, that many rows are drawn at random (seeded) from the file.
 */
public final class GroupingMeasurement {

    private GroupingMeasurement() {}

    public static void main(String[] args) {
        Map<String, String> options = options(args);
        List<LabelledExample> rows = new ArrayList<>(JsonlExamples.read(Path.of(required(options, "--test"))).stream()
                .filter(row -> !row.intentId().equals("oos"))
                .toList());
        if (options.containsKey("--rows")) {
            Collections.shuffle(rows, new Random(Long.parseLong(options.getOrDefault("--seed", "42"))));
            rows = rows.subList(0, Math.min(rows.size(), Integer.parseInt(options.get("--rows"))));
        }
        List<Double> thresholds = java.util.Arrays.stream(
                        options.getOrDefault("--thresholds", "0.6,0.65,0.7,0.75,0.8,0.85")
                                .split(","))
                .map(Double::parseDouble)
                .toList();
        String model = options.getOrDefault("--model", EncoderModel.BGE_SMALL_EN_V15_Q);
        try (OnnxSentenceEncoder encoder = OnnxSentenceEncoder.load(EncoderModel.resolve(model, null))) {
            long started = System.nanoTime();
            float[][] vectors =
                    encoder.encode(rows.stream().map(LabelledExample::text).toList());
            long intents =
                    rows.stream().map(LabelledExample::intentId).distinct().count();
            System.out.printf(
                    Locale.ROOT,
                    "%d questions of %d intents, encoded by %s in %d ms%n",
                    rows.size(),
                    intents,
                    encoder.name(),
                    (System.nanoTime() - started) / 1_000_000);
            System.out.println("threshold  groups  purity  completeness  in-groups-of-2+  ms");
            for (double threshold : thresholds) {
                measure(rows, vectors, threshold);
            }
        }
    }

    private static void measure(List<LabelledExample> rows, float[][] vectors, double threshold) {
        long started = System.nanoTime();
        List<List<Integer>> groups = new QuestionGrouping(threshold).group(vectors);
        long millis = (System.nanoTime() - started) / 1_000_000;
        int pure = 0;
        int grouped = 0;
        Map<String, Map<Integer, Integer>> groupsByIntent = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            Map<String, Integer> counts = new HashMap<>();
            for (int i : groups.get(g)) {
                String intent = rows.get(i).intentId();
                counts.merge(intent, 1, Integer::sum);
                groupsByIntent.computeIfAbsent(intent, k -> new HashMap<>()).merge(g, 1, Integer::sum);
            }
            pure += Collections.max(counts.values());
            if (groups.get(g).size() >= 2) {
                grouped += groups.get(g).size();
            }
        }
        int complete = groupsByIntent.values().stream()
                .mapToInt(byGroup -> Collections.max(byGroup.values()))
                .sum();
        double n = rows.size();
        System.out.printf(
                Locale.ROOT,
                "%9.2f  %6d  %6.3f  %12.3f  %15.3f  %d%n",
                threshold,
                groups.size(),
                pure / n,
                complete / n,
                grouped / n,
                millis);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing " + name + " FILE");
        }
        return value;
    }
}
