package dev.penny.intents.encoder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Scratch: does a text's vector depend on the texts it is encoded with? Encodes a retrieval set's texts in one call,
 * shuffled in one call, and each alone, and counts the texts whose vectors differ; then times grouped batches
 * against one text per call in the same run.
 *
 * <p>{@code java -cp ... dev.penny.intents.encoder.BatchDependence DIR}
 */
final class BatchDependence {

    private BatchDependence() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("docs.jsonl"))) {
            JsonNode d = json.readTree(line);
            texts.add(d.get("title").asText());
        }
        for (String line : Files.readAllLines(dir.resolve("queries.jsonl"))) {
            texts.add(json.readTree(line).get("text").asText());
        }
        try (OnnxSentenceEncoder encoder = OnnxSentenceEncoder.load(EncoderModel.bgeSmallEnV15Quantized())) {
            float[][] together = encoder.encode(texts);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                order.add(i);
            }
            Collections.shuffle(order, new Random(7));
            float[][] shuffledRows =
                    encoder.encode(order.stream().map(texts::get).toList());
            float[][] shuffled = new float[texts.size()][];
            for (int i = 0; i < order.size(); i++) {
                shuffled[order.get(i)] = shuffledRows[i];
            }
            float[][] alone = new float[texts.size()][];
            for (int i = 0; i < texts.size(); i++) {
                alone[i] = encoder.encode(List.of(texts.get(i)))[0];
            }
            float[][] aloneAgain = new float[texts.size()][];
            for (int i = 0; i < texts.size(); i++) {
                aloneAgain[i] = encoder.encode(List.of(texts.get(i)))[0];
            }
            report("one call vs shuffled call", together, shuffled);
            report("one call vs each alone", together, alone);
            report("each alone vs each alone again", alone, aloneAgain);
            // pairs of two different texts of equal token length, encoded together, against each alone
            int[] counts = new int[texts.size()];
            for (int i = 0; i < texts.size(); i++) {
                counts[i] = encoder.tokenCount(texts.get(i));
            }
            int pairs = 0;
            int differing = 0;
            for (int i = 0; i < texts.size() && pairs < 100; i++) {
                for (int j = i + 1; j < texts.size(); j++) {
                    if (counts[i] == counts[j] && !texts.get(i).equals(texts.get(j))) {
                        float[][] pair = encoder.encode(List.of(texts.get(i), texts.get(j)));
                        pairs++;
                        if (!java.util.Arrays.equals(pair[0], alone[i])) {
                            differing++;
                        }
                        break;
                    }
                }
            }
            System.out.printf("equal-length pairs: %d of %d first texts differ from alone%n", differing, pairs);
            report("encodeEach vs each alone", encoder.encodeEach(texts), alone);
            // index-time cost: what an index of the set encodes (titles and 80-word windows of the texts)
            List<String> indexed = new ArrayList<>();
            for (String line : Files.readAllLines(dir.resolve("docs.jsonl"))) {
                JsonNode d = json.readTree(line);
                indexed.add(d.get("title").asText());
                String[] words = d.get("text").asText().strip().split("\\s+");
                for (int from = 0; from < words.length; from += 80) {
                    indexed.add(String.join(" ", List.of(words).subList(from, Math.min(words.length, from + 80))));
                }
            }
            List<String> queries = texts.subList(
                    texts.size()
                            - (int) Files.lines(dir.resolve("queries.jsonl")).count(),
                    texts.size());
            for (int round = 0; round < 3; round++) {
                time(round, "index texts", indexed, encoder);
                time(round, "queries", queries, encoder);
            }
        }
    }

    private static void time(int round, String label, List<String> texts, OnnxSentenceEncoder encoder) {
        long t0 = System.nanoTime();
        encoder.encode(texts);
        long t1 = System.nanoTime();
        encoder.encodeEach(texts);
        long t2 = System.nanoTime();
        System.out.printf(
                "round %d, %s: %d texts, grouped batches %.2f s (%.0f texts/s), each alone %.2f s (%.0f texts/s), ratio %.2f%n",
                round,
                label,
                texts.size(),
                (t1 - t0) / 1e9,
                texts.size() / ((t1 - t0) / 1e9),
                (t2 - t1) / 1e9,
                texts.size() / ((t2 - t1) / 1e9),
                (double) (t2 - t1) / (t1 - t0));
    }

    private static void report(String label, float[][] a, float[][] b) {
        int differ = 0;
        double maxAbs = 0;
        double minCos = 1;
        for (int i = 0; i < a.length; i++) {
            double dot = 0;
            boolean same = true;
            for (int d = 0; d < a[i].length; d++) {
                dot += a[i][d] * b[i][d];
                maxAbs = Math.max(maxAbs, Math.abs(a[i][d] - b[i][d]));
                same &= a[i][d] == b[i][d];
            }
            if (!same) {
                differ++;
            }
            minCos = Math.min(minCos, dot);
        }
        System.out.printf(
                "%s: %d of %d texts differ, max |diff| %.5f, min cosine %.6f%n",
                label, differ, a.length, maxAbs, minCos);
    }
}
