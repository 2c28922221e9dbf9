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

    /**
     * Inputs are cut into batches of texts of similar token length, at most this many each: a batch pads every text
     * to its longest, and on short FAQ questions the padding, not the text, was most of the work (a shuffled batch of
     * 32 BANKING77 questions encoded at 155 texts/s on two cores, the same texts grouped by length at over 300).
     */
    static final int BATCH_SIZE = 32;

    /**
     * Inputs longer than this (training a catalog, say) have their batches encoded in parallel calls. A server's
     * batches of visitor questions are not: its classifying threads already run side by side, and a parallel stream's
     * join spun on a tenth of the CPU (perf, bench at saturation).
     */
    static final int PARALLEL_FROM = 4 * BATCH_SIZE;

    /** The share of a batch's tokens that may be padding before a longer text starts a batch of its own. */
    static final double PADDING_SLACK = 0.10;

    private final EncoderModel spec;
    private final Model model;
    private final HuggingFaceTokenizer tokenizer;
    private final TokenBatchTranslator translator;
    private final int dimension;
    private final int parallelCalls;
    private final Queue<Predictor<Encoding[], float[][]>> idlePredictors = new ConcurrentLinkedQueue<>();

    private OnnxSentenceEncoder(EncoderModel spec, Model model, HuggingFaceTokenizer tokenizer, int parallelCalls) {
        this.spec = spec;
        this.parallelCalls = parallelCalls;
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
     *     default): fastest for one call at a time on cores of its own, but in a server the spinning takes CPU from
     *     the threads that answer, store and send. Without spinning, calls may overlap and share the threads: a large
     *     input's batches are then encoded side by side, one call per core. On two cores, two overlapping calls
     *     encoded BANKING77 questions at about 450 texts/s where one call at a time managed 300, because a small
     *     batch's operators are too short to split well over threads
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
                    // no padding here: the translator pads each batch once its texts are grouped by length
                    Map.of("padding", "false", "truncation", "true", "maxLength", String.valueOf(MAX_TOKENS)));
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
            int parallelCalls = spinWhileIdle ? 1 : Runtime.getRuntime().availableProcessors();
            OnnxSentenceEncoder encoder = new OnnxSentenceEncoder(spec, model, tokenizer, parallelCalls);
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
        if (texts.isEmpty()) {
            return vectors;
        }
        // One text at a time: batchEncode would hand the texts to the tokenizer library's own thread pool, a third
        // set of threads competing for the cores, for texts that tokenize in microseconds.
        Encoding[] encodings = new Encoding[texts.size()];
        for (int i = 0; i < encodings.length; i++) {
            encodings[i] = tokenizer.encode(texts.get(i));
        }
        encodeGroups(encodings, LengthGroups.of(tokenCounts(encodings), BATCH_SIZE, PADDING_SLACK), vectors);
        return vectors;
    }

    /**
     * One text per model call: the int8 activations are scaled over the call's whole input tensor, so only a call of
     * one text gives that text the vector it gets alone.
     */
    @Override
    public float[][] encodeEach(List<String> texts) {
        float[][] vectors = new float[texts.size()][];
        Encoding[] encodings = new Encoding[texts.size()];
        List<int[]> groups = new ArrayList<>(texts.size());
        for (int i = 0; i < encodings.length; i++) {
            encodings[i] = tokenizer.encode(texts.get(i));
            groups.add(new int[] {i});
        }
        encodeGroups(encodings, groups, vectors);
        return vectors;
    }

    private void encodeGroups(Encoding[] encodings, List<int[]> groups, float[][] vectors) {
        if (parallelCalls > 1 && encodings.length > PARALLEL_FROM) {
            // the common pool has one worker fewer than cores, and the calling thread joins in
            groups.parallelStream().forEach(group -> encodeGroup(encodings, group, vectors));
        } else {
            groups.forEach(group -> encodeGroup(encodings, group, vectors));
        }
    }

    /** How many tokens the model reads of {@code text}, after truncation. */
    int tokenCount(String text) {
        return tokenizer.encode(text).getIds().length;
    }

    private static int[] tokenCounts(Encoding[] encodings) {
        int[] counts = new int[encodings.length];
        for (int i = 0; i < encodings.length; i++) {
            counts[i] = encodings[i].getIds().length;
        }
        return counts;
    }

    private void encodeGroup(Encoding[] all, int[] group, float[][] vectors) {
        Encoding[] batch = new Encoding[group.length];
        for (int i = 0; i < group.length; i++) {
            batch[i] = all[group[i]];
        }
        encodeBatch(batch, group, vectors);
    }

    private void encodeBatch(Encoding[] encodings, int[] targets, float[][] vectors) {
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
