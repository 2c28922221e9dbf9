package dev.penny.intents.encoder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link SentenceEncoder} that remembers the vectors of the texts it has encoded, so that retraining after an edit,
 * or the folds of a quality report, encode only the texts that are new. Encoding is by far the slowest part of
 * training, and an edit changes a handful of the catalog's thousands of examples.
 *
 * <p>Holds at most {@code capacity} vectors, forgetting the least recently used first (a vector of 384 floats takes
 * about 1.6 KB). Texts are remembered exactly as given: the model's output is only known to be equal for equal text.
 * A quantised model's vectors move slightly with their batch companions, so a remembered vector is the one its first
 * batch gave, within that noise of what another batch would give; vectors asked for with {@link #encodeEach(List)}
 * are the texts' own, remembered under keys of their own.
 * Safe for many threads; a text two threads miss at once is encoded twice, which is harmless. Callers get their own
 * copies of the vectors, so the remembered ones cannot be changed from outside. Closing it closes the encoder it
 * wraps.
 */
public final class CachingSentenceEncoder implements SentenceEncoder {

    private final SentenceEncoder encoder;
    private final int capacity;
    private final Map<Object, float[]> vectors;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    /** @param capacity the most vectors remembered; a catalog's examples should fit, with room for its next edits */
    public CachingSentenceEncoder(SentenceEncoder encoder, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.capacity = capacity;
        this.vectors = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, float[]> eldest) {
                return size() > CachingSentenceEncoder.this.capacity;
            }
        };
    }

    @Override
    public String name() {
        return encoder.name();
    }

    @Override
    public int dimension() {
        return encoder.dimension();
    }

    @Override
    public float[][] encode(List<String> texts) {
        return cached(texts, false);
    }

    /**
     * Remembered apart from {@link #encode(List)}'s vectors: a text first encoded in a batch must not answer for the
     * vector it gets alone.
     */
    @Override
    public float[][] encodeEach(List<String> texts) {
        return cached(texts, true);
    }

    private float[][] cached(List<String> texts, boolean each) {
        float[][] out = new float[texts.size()][];
        LinkedHashSet<String> missing = new LinkedHashSet<>();
        synchronized (vectors) {
            for (int i = 0; i < out.length; i++) {
                out[i] = vectors.get(key(texts.get(i), each));
                if (out[i] == null) {
                    missing.add(texts.get(i));
                }
            }
        }
        hits.addAndGet(out.length - countNulls(out));
        misses.addAndGet(missing.size());
        if (!missing.isEmpty()) {
            List<String> batch = new ArrayList<>(missing);
            // outside the lock: this is the slow part
            float[][] encoded = each ? encoder.encodeEach(batch) : encoder.encode(batch);
            Map<String, float[]> fresh = new LinkedHashMap<>();
            for (int i = 0; i < batch.size(); i++) {
                fresh.put(batch.get(i), encoded[i]);
            }
            synchronized (vectors) {
                fresh.forEach((text, vector) -> vectors.put(key(text, each), vector));
            }
            for (int i = 0; i < out.length; i++) {
                if (out[i] == null) {
                    out[i] = fresh.get(texts.get(i));
                }
            }
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = out[i].clone();
        }
        return out;
    }

    private static Object key(String text, boolean each) {
        return each ? new Alone(text) : text;
    }

    /** The key of a text's vector encoded alone. */
    private record Alone(String text) {}

    /** How many texts were answered from memory (not counting repeats within one call), since this was made. */
    public long hits() {
        return hits.get();
    }

    /** How many distinct texts of each call had to be encoded, since this encoder was made. */
    public long misses() {
        return misses.get();
    }

    /** How many vectors are remembered now. */
    public int size() {
        synchronized (vectors) {
            return vectors.size();
        }
    }

    @Override
    public void close() {
        encoder.close();
    }

    private static int countNulls(float[][] rows) {
        int nulls = 0;
        for (float[] row : rows) {
            nulls += row == null ? 1 : 0;
        }
        return nulls;
    }
}
