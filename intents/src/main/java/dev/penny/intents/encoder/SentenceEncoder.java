package dev.penny.intents.encoder;

import java.util.List;

/**
 * Turns sentences into unit-length vectors whose dot product measures how alike their meanings are.
 *
 * <p>Implementations are deterministic (the same text always gives the same vector, alone or in a batch) and safe
 * to call from many threads at once.
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

    /** Releases the native model; the encoder cannot be used afterwards. */
    @Override
    void close();
}
