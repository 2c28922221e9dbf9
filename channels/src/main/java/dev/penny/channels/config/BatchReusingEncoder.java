package dev.penny.channels.config;

import dev.penny.intents.encoder.SentenceEncoder;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An encoder that hands the vectors of a batch to the single encodes of the same texts that follow.
 *
 * <p>The engine classifies a batch of visitor messages with one encoder call, then retrieves FAQ matches for each
 * message, which encodes its text again, alone. Encoders are deterministic, so the retriever can take the vector the
 * batch already computed: each vector computed is used by at most one later single encode of the same text, then
 * forgotten. Nothing is cached across messages, so repeated questions still cost an encode each. Off until {@link
 * #startSharing()}, so training's encodes are not kept.
 *
 * <p>The lasting fix belongs in the engine (retrieving with the batch's vectors); this keeps batching effective until
 * then.
 */
final class BatchReusingEncoder implements SentenceEncoder {

    // Vectors a retrieval never took (a choice pick retrieves nothing) are dropped when this many are kept.
    private static final int MAX_KEPT = 4096;

    private final SentenceEncoder encoder;
    private final Map<String, ArrayDeque<float[]>> fromBatches = new HashMap<>();
    private volatile boolean sharing;
    private int kept;

    BatchReusingEncoder(SentenceEncoder encoder) {
        this.encoder = encoder;
    }

    /** The encoder this one shares batches of, for those who want the model's vectors without sharing. */
    SentenceEncoder model() {
        return encoder;
    }

    void startSharing() {
        sharing = true;
    }

    @Override
    public float[][] encode(List<String> texts) {
        if (sharing && texts.size() == 1) {
            float[] batched = take(texts.get(0));
            if (batched != null) {
                return new float[][] {batched};
            }
        }
        // Kept even for one text: a batch of one is classified alone, then retrieved for.
        float[][] vectors = encoder.encode(texts);
        if (sharing) {
            keep(texts, vectors);
        }
        return vectors;
    }

    @Override
    public float[] encode(String text) {
        return encode(List.of(text))[0];
    }

    private synchronized float[] take(String text) {
        ArrayDeque<float[]> vectors = fromBatches.get(text);
        if (vectors == null) {
            return null;
        }
        float[] vector = vectors.poll();
        if (vectors.isEmpty()) {
            fromBatches.remove(text);
        }
        kept--;
        return vector;
    }

    private synchronized void keep(List<String> texts, float[][] vectors) {
        if (kept + texts.size() > MAX_KEPT) {
            fromBatches.clear();
            kept = 0;
        }
        for (int i = 0; i < texts.size(); i++) {
            fromBatches.computeIfAbsent(texts.get(i), t -> new ArrayDeque<>()).add(vectors[i]);
        }
        kept += texts.size();
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
    public void close() {
        encoder.close();
    }
}
