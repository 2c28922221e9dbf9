package dev.penny.intents.retriever;

import dev.penny.intents.encoder.SentenceEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Documents ranked by meaning: one unit vector per text of each document, an owner scoring its best cosine
 * similarity. Built from a previous index, it encodes only the texts that index did not hold (by SHA-256 of the text),
 * so publishing a version with one new article encodes that article's passages and nothing else.
 */
final class DenseIndex {

    private final String encoderName;
    private final Map<String, float[]> vectorsByHash;
    private final PassageIndex passages;
    private final int owners;
    private final int encoded;

    private DenseIndex(
            String encoderName, Map<String, float[]> vectorsByHash, PassageIndex passages, int owners, int encoded) {
        this.encoderName = encoderName;
        this.vectorsByHash = vectorsByHash;
        this.passages = passages;
        this.owners = owners;
        this.encoded = encoded;
    }

    static DenseIndex build(List<SearchDocument> documents, SentenceEncoder encoder, DenseIndex previous) {
        Map<String, float[]> reusable =
                previous != null && previous.encoderName.equals(encoder.name()) ? previous.vectorsByHash : Map.of();
        List<String> texts = new ArrayList<>();
        List<Integer> textOwners = new ArrayList<>();
        Set<String> alone = new HashSet<>();
        int owners = 0;
        for (SearchDocument d : documents) {
            owners = Math.max(owners, d.owner() + 1);
            for (String text : d.meanings()) {
                texts.add(text);
                textOwners.add(d.owner());
                if (d.encodeAlone()) {
                    alone.add(text);
                }
            }
        }
        Map<String, float[]> byHash = new HashMap<>();
        LinkedHashSet<String> missing = new LinkedHashSet<>();
        List<String> hashes = new ArrayList<>(texts.size());
        for (String text : texts) {
            // a vector made alone never stands in for a batched one, nor the other way round
            String hash = alone.contains(text) ? "alone:" + hash(text) : hash(text);
            hashes.add(hash);
            float[] known = reusable.get(hash);
            if (known != null) {
                byHash.put(hash, known);
            } else if (!byHash.containsKey(hash)) {
                missing.add(text);
            }
        }
        // Alone, a text's vector does not depend on which other texts were new in this build, and is encoded as a
        // visitor's question is; the rest are batched (see SearchDocument#encodeAlone).
        List<String> eachAlone = missing.stream().filter(alone::contains).toList();
        List<String> batched = missing.stream().filter(t -> !alone.contains(t)).toList();
        put(eachAlone, "alone:", eachAlone.isEmpty() ? new float[0][] : encoder.encodeEach(eachAlone), byHash);
        put(batched, "", batched.isEmpty() ? new float[0][] : encoder.encode(batched), byHash);
        float[][] vectors = new float[texts.size()][];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = byHash.get(hashes.get(i));
        }
        return new DenseIndex(
                encoder.name(),
                Map.copyOf(byHash),
                new PassageIndex(vectors, textOwners, owners),
                owners,
                missing.size());
    }

    private static void put(List<String> texts, String prefix, float[][] vectors, Map<String, float[]> byHash) {
        for (int i = 0; i < texts.size(); i++) {
            byHash.put(prefix + hash(texts.get(i)), vectors[i]);
        }
    }

    /** Every owner with its best similarity to the question's unit vector, best first. */
    List<RankedOwner> rank(float[] question) {
        float[] best = passages.bestPerEntry(question);
        List<RankedOwner> ranked = new ArrayList<>(owners);
        for (int owner = 0; owner < owners; owner++) {
            if (best[owner] > -1f) {
                ranked.add(new RankedOwner(owner, best[owner], best[owner]));
            }
        }
        ranked.sort((a, b) -> Double.compare(b.score(), a.score()));
        return ranked;
    }

    /** How many texts building this index had to encode (the rest came from the previous index). */
    int encoded() {
        return encoded;
    }

    private static String hash(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
