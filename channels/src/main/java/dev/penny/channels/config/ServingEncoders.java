package dev.penny.channels.config;

import dev.penny.intents.encoder.EncoderModel;
import dev.penny.intents.encoder.OnnxSentenceEncoder;
import dev.penny.intents.encoder.SentenceEncoder;
import java.util.ArrayList;
import java.util.List;

/**
 * The sentence encoders visitor messages are classified with, the primary one first: one model, or an ensemble named
 * as models joined by {@code +} in {@code penny.model}. An ensemble is more accurate (README: evaluation) and costs
 * one encoder call per model per message.
 */
record ServingEncoders(List<SentenceEncoder> all) implements AutoCloseable {

    ServingEncoders {
        all = List.copyOf(all);
    }

    /**
     * @param intraOpThreads ONNX Runtime threads per call
     * @throws dev.penny.intents.encoder.EncoderModelException if a model cannot be loaded; those already loaded are
     *     closed
     */
    static ServingEncoders load(String models, int intraOpThreads) {
        List<SentenceEncoder> loaded = new ArrayList<>();
        try {
            for (EncoderModel model : EncoderModel.resolveAll(models, null)) {
                // no spinning: ONNX Runtime's threads share the cores with the threads that answer and send, and the
                // classifying threads' calls overlap
                loaded.add(OnnxSentenceEncoder.load(model, intraOpThreads, false));
            }
            return new ServingEncoders(loaded);
        } catch (RuntimeException e) {
            loaded.forEach(SentenceEncoder::close);
            throw e;
        }
    }

    SentenceEncoder primary() {
        return all.get(0);
    }

    @Override
    public void close() {
        all.forEach(SentenceEncoder::close);
    }
}
