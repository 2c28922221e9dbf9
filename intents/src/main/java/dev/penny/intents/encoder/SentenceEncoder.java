package dev.penny.intents.encoder;

import java.util.List;

/**
 * Turns sentences into unit-length vectors whose dot product measures how alike their meanings are.
 *
 * <p>Implementations are deterministic for a given call (the same texts always give the same vectors) and safe to
 * call from many threads at once. A text's vector from {@link #encode(List)} may depend on the other texts of the
 * call: a quantised model scales its int8 activations over the whole batch. {@link #encodeEach(List)} gives every
 * text the vector it gets alone.
 */
public interface SentenceEncoder extends AutoCloseable {

    /** A short name of the model, shown in logs and evaluation reports. */
    String name();

    /** Length of every vector this encoder returns. */
    int dimension();

    /** Encodes texts in one go; row {@code i} is the L2-normalised embedding of {@code texts.get(i)}. */
    float[][] encode(List<String> texts);

    /** Encodes one text. */
    default float[] encode(String text) {
        return encode(List.of(text))[0];
    }

    /**
     * Encodes every text as if alone: row {@code i} equals {@code encode(texts.get(i))} exactly, whatever else the
     * list holds. For vectors compared with a visitor's question, which is encoded alone, and reused across index
     * builds; slower than {@link #encode(List)} on many short texts, which batches them.
     */
    default float[][] encodeEach(List<String> texts) {
        float[][] vectors = new float[texts.size()][];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = encode(texts.get(i));
        }
        return vectors;
    }

    /** Releases the native model; the encoder cannot be used afterwards. */
    @Override
    void close();
}
