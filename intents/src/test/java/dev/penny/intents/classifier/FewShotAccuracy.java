package dev.penny.intents.classifier;

import dev.penny.core.understanding.IntentPrediction;
import dev.penny.intents.catalog.IntentTitles;
import dev.penny.intents.catalog.JsonlExamples;
import dev.penny.intents.catalog.LabelledExample;
import dev.penny.intents.encoder.EncoderModel;
import dev.penny.intents.encoder.OnnxSentenceEncoder;
import dev.penny.intents.encoder.Pooling;
import dev.penny.intents.encoder.SentenceEncoder;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Few-shot accuracy with and without the intents' titles as examples: a seeded sample of N examples per intent (as the
 * evaluation command's {@code --examples-per-intent} draws it), scored out-of-fold on the sample itself and, with
 * {@code val=N}, on N other training rows the sample did not draw (the figures variants are chosen on), and on the
 * test set (reported only). Vectors are cached in a file so that runs re-use one encoding (a quantised model's vectors
 * move slightly with their batch, so figures can differ from the evaluation command's in the third decimal; with
 * {@code each} every text is encoded alone, and its vector is its own).
 *
 * <p>{@code java -cp ... dev.penny.intents.classifier.FewShotAccuracy TRAIN TEST PER_INTENT SEED CACHE [titles]
 * [val=N] [each] [pool=CLS|MEAN ...] [aug=punct|dropN] [model=DIR [prefix=TEXT] [ensemble]] [foldseed=N]}:
 * {@code pool=} pools bge-small-q's tokens another way (two of them train an ensemble of both poolings);
 * {@code aug=} fits text-level variants of the sample (see {@link #augmented}); those variants also train every fold,
 * so the out-of-fold figure is not meaningful with {@code aug=}: read {@code val=}. {@code model=DIR} encodes with the
 * model in DIR (mean pooling, each text behind {@code prefix}, e.g. e5's {@code "query: "}) instead of bge-small-q,
 * cached in {@code CACHE.DIRNAME}; {@code ensemble} trains bge-small-q and that model side by side;
 * {@code foldseed=N} draws other out-of-fold folds (default SEED + 1000), since on a few hundred examples one fold
 * split moves the figure by a few examples.
 */
final class FewShotAccuracy {

    private FewShotAccuracy() {}

    public static void main(String[] args) throws IOException {
        List<LabelledExample> all = JsonlExamples.read(Path.of(args[0]));
        List<LabelledExample> test = JsonlExamples.read(Path.of(args[1]));
        int perIntent = Integer.parseInt(args[2]);
        long seed = Long.parseLong(args[3]);
        List<String> flags = List.of(args).subList(5, args.length);
        boolean titles = flags.contains("titles");
        String modelDir = flag(flags, "model=");
        String prefix = Objects.requireNonNullElse(flag(flags, "prefix="), "");
        List<LabelledExample> sample = sample(all, perIntent, seed);
        List<LabelledExample> extra = new ArrayList<>(titles ? titles(sample) : List.of());
        extra.addAll(augmented(sample, Objects.requireNonNullElse(flag(flags, "aug="), ""), seed));
        List<SentenceEncoder> encoders = new ArrayList<>();
        String valFlag = flag(flags, "val=");
        List<LabelledExample> validation =
                valFlag == null ? List.of() : validation(all, sample, Integer.parseInt(valFlag), seed);
        if (modelDir == null || flags.contains("ensemble")) {
            boolean each = flags.contains("each");
            List<String> pools = flags.stream()
                    .filter(f -> f.startsWith("pool="))
                    .map(f -> f.substring(5))
                    .toList();
            for (String pool : pools.isEmpty() ? List.of("CLS") : pools) {
                EncoderModel bge = EncoderModel.bgeSmallEnV15Quantized();
                String suffix = (pool.equals("CLS") ? "" : "." + pool) + (each ? ".each" : "");
                bge = new EncoderModel(bge.name(), bge.source(), Pooling.valueOf(pool));
                encoders.add(new Cached(
                        vectors(Path.of(args[4] + suffix), bge, "", each, sample, extra, concat(test, validation))));
            }
        }
        if (modelDir != null) {
            Path dir = Path.of(modelDir);
            EncoderModel model = EncoderModel.fromDirectory(dir, Pooling.MEAN);
            Path file = Path.of(args[4] + "." + dir.getFileName());
            encoders.add(new Cached(vectors(file, model, prefix, false, sample, extra, concat(test, validation))));
        }
        TrainingOptions options = TrainingOptions.defaults().withSeed(seed);
        String foldSeed = flag(flags, "foldseed=");
        double oof =
                outOfFold(encoders, options, sample, extra, foldSeed == null ? seed + 1000 : Long.parseLong(foldSeed));
        OnnxIntentClassifier trained = train(encoders, options, sample, extra);
        double onTest = accuracy(trained, test);
        double onValidation = validation.isEmpty() ? Double.NaN : accuracy(trained, validation);
        System.out.printf(
                "%d per intent, seed %d, %s: out-of-fold accuracy %.4f, validation %.4f, test accuracy %.4f%n",
                perIntent, seed, String.join(" ", flags), oof, onValidation, onTest);
    }

    /**
     * Text-level variants of the sample, fitted and never judged, as titles are: {@code punct} adds each example with
     * its punctuation stripped, {@code dropN} N copies each without one of its words (examples of 4 words or more).
     */
    private static List<LabelledExample> augmented(List<LabelledExample> sample, String kind, long seed) {
        List<LabelledExample> out = new ArrayList<>();
        Random random = new Random(seed + 3000);
        for (LabelledExample e : sample) {
            for (String part : kind.split(",")) {
                if (part.equals("punct")) {
                    String v = e.text()
                            .replaceAll("[^\\p{L}\\p{N}' ]+", " ")
                            .replaceAll("\\s+", " ")
                            .trim();
                    if (!v.isEmpty() && !v.equals(e.text())) {
                        out.add(new LabelledExample(v, e.intentId()));
                    }
                } else if (part.startsWith("drop")) {
                    int copies = Integer.parseInt(part.substring(4));
                    List<String> words = List.of(e.text().trim().split("\\s+"));
                    if (words.size() < 4) {
                        continue;
                    }
                    List<Integer> positions = new ArrayList<>();
                    for (int i = 0; i < words.size(); i++) {
                        positions.add(i);
                    }
                    Collections.shuffle(positions, random);
                    for (int c = 0; c < Math.min(copies, words.size()); c++) {
                        List<String> kept = new ArrayList<>(words);
                        kept.remove((int) positions.get(c));
                        out.add(new LabelledExample(String.join(" ", kept), e.intentId()));
                    }
                }
            }
        }
        return out;
    }

    private static List<LabelledExample> concat(List<LabelledExample> a, List<LabelledExample> b) {
        List<LabelledExample> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Training rows the sample did not draw, a seeded {@code n} of them: data to choose on that is not the test set. */
    private static List<LabelledExample> validation(
            List<LabelledExample> all, List<LabelledExample> sample, int n, long seed) {
        Set<LabelledExample> drawn = new HashSet<>(sample);
        List<LabelledExample> rest =
                new ArrayList<>(all.stream().filter(e -> !drawn.contains(e)).toList());
        Collections.shuffle(rest, new Random(seed + 2000));
        return rest.subList(0, Math.min(n, rest.size()));
    }

    private static String flag(List<String> flags, String name) {
        return flags.stream()
                .filter(f -> f.startsWith(name))
                .map(f -> f.substring(name.length()))
                .findFirst()
                .orElse(null);
    }

    private static OnnxIntentClassifier train(
            List<SentenceEncoder> encoder,
            TrainingOptions options,
            List<LabelledExample> sample,
            List<LabelledExample> extra) {
        return new IntentClassifierTrainer(encoder, options).train(sample, extra);
    }

    private static double outOfFold(
            List<SentenceEncoder> encoder,
            TrainingOptions options,
            List<LabelledExample> sample,
            List<LabelledExample> extra,
            long foldSeed) {
        int folds = 5;
        Map<String, List<Integer>> byIntent = new TreeMap<>();
        for (int i = 0; i < sample.size(); i++) {
            byIntent.computeIfAbsent(sample.get(i).intentId(), k -> new ArrayList<>())
                    .add(i);
        }
        int[] foldOf = new int[sample.size()];
        Random random = new Random(foldSeed);
        int start = 0;
        for (List<Integer> rows : byIntent.values()) {
            Collections.shuffle(rows, random);
            for (int g = 0; g < rows.size(); g++) {
                foldOf[rows.get(g)] = (start + g) % folds;
            }
            start = (start + rows.size()) % folds;
        }
        int right = 0;
        for (int f = 0; f < folds; f++) {
            List<LabelledExample> fit = new ArrayList<>();
            List<LabelledExample> held = new ArrayList<>();
            for (int i = 0; i < sample.size(); i++) {
                (foldOf[i] == f ? held : fit).add(sample.get(i));
            }
            right += Math.round(accuracy(train(encoder, options, fit, extra), held) * held.size());
        }
        return right / (double) sample.size();
    }

    private static double accuracy(OnnxIntentClassifier classifier, List<LabelledExample> rows) {
        List<IntentPrediction> predicted =
                classifier.classifyAll(rows.stream().map(LabelledExample::text).toList());
        int right = 0;
        for (int i = 0; i < rows.size(); i++) {
            right += predicted
                            .get(i)
                            .top()
                            .orElseThrow()
                            .intentId()
                            .equals(rows.get(i).intentId())
                    ? 1
                    : 0;
        }
        return right / (double) rows.size();
    }

    static List<LabelledExample> sample(List<LabelledExample> train, int perIntent, long seed) {
        Map<String, List<LabelledExample>> byIntent = new TreeMap<>();
        train.forEach(e ->
                byIntent.computeIfAbsent(e.intentId(), k -> new ArrayList<>()).add(e));
        Random random = new Random(seed);
        List<LabelledExample> out = new ArrayList<>();
        for (List<LabelledExample> examples : byIntent.values()) {
            Collections.shuffle(examples, random);
            out.addAll(examples.subList(0, Math.min(perIntent, examples.size())));
        }
        return out;
    }

    private static List<LabelledExample> titles(List<LabelledExample> sample) {
        return sample.stream()
                .map(LabelledExample::intentId)
                .distinct()
                .map(id -> new LabelledExample(IntentTitles.humanise(id), id))
                .toList();
    }

    private static Map<String, float[]> vectors(
            Path file,
            EncoderModel model,
            String prefix,
            boolean each,
            List<LabelledExample> sample,
            List<LabelledExample> extra,
            List<LabelledExample> test)
            throws IOException {
        Map<String, float[]> cache = new HashMap<>();
        if (Files.exists(file)) {
            try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
                int n = in.readInt();
                for (int i = 0; i < n; i++) {
                    String text = in.readUTF();
                    float[] v = new float[in.readInt()];
                    for (int d = 0; d < v.length; d++) {
                        v[d] = in.readFloat();
                    }
                    cache.put(text, v);
                }
            }
        }
        LinkedHashSet<String> missing = new LinkedHashSet<>();
        for (List<LabelledExample> rows : List.of(sample, extra, test)) {
            rows.forEach(r -> {
                if (!cache.containsKey(r.text())) {
                    missing.add(r.text());
                }
            });
        }
        if (!missing.isEmpty()) {
            try (SentenceEncoder encoder = OnnxSentenceEncoder.load(model)) {
                List<String> texts = new ArrayList<>(missing);
                List<String> prefixed = texts.stream().map(t -> prefix + t).toList();
                float[][] v = each ? encoder.encodeEach(prefixed) : encoder.encode(prefixed);
                for (int i = 0; i < texts.size(); i++) {
                    cache.put(texts.get(i), v[i]);
                }
            }
            try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
                out.writeInt(cache.size());
                for (Map.Entry<String, float[]> e : cache.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeInt(e.getValue().length);
                    for (float f : e.getValue()) {
                        out.writeFloat(f);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cache;
    }

    /** Vectors looked up, never encoded. */
    private record Cached(Map<String, float[]> vectors) implements SentenceEncoder {
        @Override
        public String name() {
            return "cached";
        }

        @Override
        public int dimension() {
            return vectors.values().iterator().next().length;
        }

        @Override
        public float[][] encode(List<String> texts) {
            float[][] out = new float[texts.size()][];
            for (int i = 0; i < out.length; i++) {
                float[] v = vectors.get(texts.get(i));
                if (v == null) {
                    throw new IllegalStateException("not cached: " + texts.get(i));
                }
                out[i] = v.clone();
            }
            return out;
        }

        @Override
        public void close() {}
    }
}
