package dev.penny.intents.encoder;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.inference.Predictor;
import ai.djl.translate.TranslateException;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession.SessionOptions;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link SentenceEncoder} running an ONNX transformer in-process on the CPU through DJL's OnnxRuntime engine and
 * HuggingFace tokenizer: no text leaves the server.
 */
public final class OnnxSentenceEncoder implements SentenceEncoder {

    private static final Logger log = LoggerFactory.getLogger(OnnxSentenceEncoder.class);

    /** FAQ questions are short; a cap bounds the cost of a pasted essay. */
    static final int MAX_TOKENS = 128;

    /** Large inputs are cut into batches of similar length so that padding wastes little work. */
    static final int BATCH_SIZE = 32;

    private final EncoderModel spec;
    private final Model model;
    private final HuggingFaceTokenizer tokenizer;
    private final TokenBatchTranslator translator;
    private final int dimension;
    private final Queue<Predictor<Encoding[], float[][]>> idlePredictors = new ConcurrentLinkedQueue<>();

    private OnnxSentenceEncoder(EncoderModel spec, Model model, HuggingFaceTokenizer tokenizer) {
        this.spec = spec;
        this.model = model;
        this.tokenizer = tokenizer;
        this.translator = new TokenBatchTranslator(ModelInputs.of(model), spec.pooling());
        this.dimension = encode(List.of("dimension probe"))[0].length;
    }

    /** Loads a model with ONNX Runtime's default threading (one thread per core for each call). */
    public static OnnxSentenceEncoder load(EncoderModel spec) {
        return load(spec, 0, true);
    }

    /**
     * Loads a model.
     *
     * @param intraOpThreads threads ONNX Runtime may use inside one call; 0 lets it choose (one per core)
     * @param spinWhileIdle whether those threads spin, waiting for work, between and inside calls (ONNX Runtime's
     *     default): fastest when the encoder has the cores to itself, but in a server the spinning takes CPU from the
     *     threads that answer, store and send
     * @throws EncoderModelException if the files are missing, unreadable or not a usable model
     */
    public static OnnxSentenceEncoder load(EncoderModel spec, int intraOpThreads, boolean spinWhileIdle) {
        long started = System.nanoTime();
        HuggingFaceTokenizer tokenizer = null;
        Model model = null;
        try (InputStream tokenizerJson = spec.source().openTokenizer();
                InputStream onnx = spec.source().openModel()) {
            tokenizer = HuggingFaceTokenizer.newInstance(
                    tokenizerJson,
                    Map.of("padding", "true", "truncation", "true", "maxLength", String.valueOf(MAX_TOKENS)));
            model = Model.newInstance(spec.name(), "OnnxRuntime");
            // The session copies its options when it is created, so they can be released right after.
            try (SessionOptions options = new SessionOptions()) {
                if (intraOpThreads > 0) {
                    options.setIntraOpNumThreads(intraOpThreads);
                }
                if (!spinWhileIdle) {
                    options.addConfigEntry("session.intra_op.allow_spinning", "0");
                }
                model.load(onnx, Map.of("sessionOptions", options));
            }
            OnnxSentenceEncoder encoder = new OnnxSentenceEncoder(spec, model, tokenizer);
            log.info(
                    "Loaded sentence encoder {} ({} dimensions, {} pooling) in {} ms",
                    spec.name(),
                    encoder.dimension,
                    spec.pooling(),
                    (System.nanoTime() - started) / 1_000_000);
            return encoder;
        } catch (EncoderModelException e) {
            closeQuietly(model, tokenizer);
            throw e;
        } catch (IOException | MalformedModelException | OrtException | RuntimeException e) {
            closeQuietly(model, tokenizer);
            throw new EncoderModelException(
                    "Cannot load sentence encoder '" + spec.name() + "' from " + spec.source()
                            + ": the ONNX file or tokenizer.json is missing, unreadable or not a transformer encoder ("
                            + e.getMessage() + ")",
                    e);
        }
    }

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public float[][] encode(List<String> texts) {
        float[][] vectors = new float[texts.size()][];
        if (texts.size() <= BATCH_SIZE) {
            encodeBatch(texts, allIndices(texts.size()), vectors);
            return vectors;
        }
        // sort by length so that each batch pads to a similar length
        Integer[] order = allIndices(texts.size());
        Arrays.sort(order, Comparator.comparingInt(i -> texts.get(i).length()));
        for (int from = 0; from < order.length; from += BATCH_SIZE) {
            Integer[] slice = Arrays.copyOfRange(order, from, Math.min(from + BATCH_SIZE, order.length));
            List<String> batch = new ArrayList<>(slice.length);
            for (Integer i : slice) {
                batch.add(texts.get(i));
            }
            encodeBatch(batch, slice, vectors);
        }
        return vectors;
    }

    private void encodeBatch(List<String> batch, Integer[] targets, float[][] vectors) {
        Encoding[] encodings = tokenizer.batchEncode(batch);
        // a Predictor is not thread-safe, so each call borrows one; the ONNX session behind them is shared
        Predictor<Encoding[], float[][]> predictor = idlePredictors.poll();
        if (predictor == null) {
            predictor = model.newPredictor(translator);
        }
        try {
            float[][] pooled = predictor.predict(encodings);
            for (int i = 0; i < pooled.length; i++) {
                vectors[targets[i]] = pooled[i];
            }
        } catch (TranslateException e) {
            throw new EncoderModelException("Sentence encoder '" + spec.name() + "' failed on a batch", e);
        } finally {
            idlePredictors.offer(predictor);
        }
    }

    private static Integer[] allIndices(int n) {
        Integer[] indices = new Integer[n];
        for (int i = 0; i < n; i++) {
            indices[i] = i;
        }
        return indices;
    }

    @Override
    public void close() {
        Predictor<Encoding[], float[][]> predictor;
        while ((predictor = idlePredictors.poll()) != null) {
            predictor.close();
        }
        closeQuietly(model, tokenizer);
    }

    private static void closeQuietly(Model model, HuggingFaceTokenizer tokenizer) {
        if (model != null) {
            model.close();
        }
        if (tokenizer != null) {
            tokenizer.close();
        }
    }

    @Override
    public String toString() {
        return "OnnxSentenceEncoder[" + spec.name() + ", " + spec.pooling() + "]";
    }
}
