package dev.penny.channels.catalog;

import dev.penny.intents.encoder.CachingSentenceEncoder;
import dev.penny.intents.encoder.SentenceEncoder;
import java.util.List;
import java.util.function.Supplier;

/**
 * The encoder every trained version holds. A classifier and retriever keep the encoder they were trained with and
 * encode visitor messages with it; those go straight to the serving encoder. Training a version, on the thread doing
 * it, goes through a {@link CachingSentenceEncoder} instead, so a retrain after an edit encodes only the new examples,
 * and visitor traffic never pushes a catalog's vectors out of that cache.
 */
public final class TrainingEncoder implements SentenceEncoder {

    private final SentenceEncoder serving;
    private final CachingSentenceEncoder training;
    private final ThreadLocal<Boolean> trainingHere = ThreadLocal.withInitial(() -> false);

    /**
     * @param serving what visitor messages are encoded with; closed by its owner, not here
     * @param training the cache in front of the same model, for training
     */
    public TrainingEncoder(SentenceEncoder serving, CachingSentenceEncoder training) {
        this.serving = serving;
        this.training = training;
    }

    /** The training cache itself, for work that trains many throw-away classifiers (the quality report's folds). */
    CachingSentenceEncoder cache() {
        return training;
    }

    /** Runs {@code work} with this thread's encodes going through the training cache. */
    <T> T training(Supplier<T> work) {
        trainingHere.set(true);
        try {
            return work.get();
        } finally {
            trainingHere.remove();
        }
    }

    @Override
    public float[][] encode(List<String> texts) {
        return (trainingHere.get() ? training : serving).encode(texts);
    }

    @Override
    public float[][] encodeEach(List<String> texts) {
        return (trainingHere.get() ? training : serving).encodeEach(texts);
    }

    @Override
    public float[] encode(String text) {
        return encode(List.of(text))[0];
    }

    @Override
    public String name() {
        return serving.name();
    }

    @Override
    public int dimension() {
        return serving.dimension();
    }

    /** Nothing: the serving encoder's owner closes the model both share. */
    @Override
    public void close() {}
}
