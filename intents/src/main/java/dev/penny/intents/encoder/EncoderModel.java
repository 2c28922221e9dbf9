package dev.penny.intents.encoder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where an encoder's ONNX file and {@code tokenizer.json} come from, and how it pools.
 *
 * <p>The two bundled models are classpath resources of langchain4j's model artifacts, so nothing is downloaded at
 * run time; a user's own model is a directory holding one {@code .onnx} file and a {@code tokenizer.json}.
 *
 * @param name the name used in configuration and reports
 * @param source where the two files are
 * @param pooling how token vectors become a sentence vector
 */
public record EncoderModel(String name, Source source, Pooling pooling) {

    /** The default: BAAI bge-small-en-v1.5, int8-quantised, 384 dimensions, CLS pooling. */
    public static final String BGE_SMALL_EN_V15_Q = "bge-small-en-v1.5-q";

    /** sentence-transformers all-MiniLM-L6-v2, 384 dimensions, mean pooling. */
    public static final String ALL_MINILM_L6_V2 = "all-minilm-l6-v2";

    /**
     * all-MiniLM-L6-v2 int8-quantised: encodes BANKING77 about two and a half times as fast as the full-precision
     * model, for a tenth of a point of accuracy as an ensemble's second member (README). Its vectors move slightly
     * with their batch companions, as bge-small's do.
     */
    public static final String ALL_MINILM_L6_V2_Q = "all-minilm-l6-v2-q";

    public static EncoderModel bgeSmallEnV15Quantized() {
        return new EncoderModel(
                BGE_SMALL_EN_V15_Q,
                new Classpath("bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json"),
                Pooling.CLS);
    }

    public static EncoderModel allMiniLmL6V2() {
        return new EncoderModel(
                ALL_MINILM_L6_V2,
                new Classpath("all-minilm-l6-v2.onnx", "all-minilm-l6-v2-tokenizer.json"),
                Pooling.MEAN);
    }

    public static EncoderModel allMiniLmL6V2Quantized() {
        return new EncoderModel(
                ALL_MINILM_L6_V2_Q,
                new Classpath("all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json"),
                Pooling.MEAN);
    }

    /** A model of the user's own: a directory with exactly one {@code .onnx} file and a {@code tokenizer.json}. */
    public static EncoderModel fromDirectory(Path directory, Pooling pooling) {
        return new EncoderModel(directory.getFileName().toString(), new Directory(directory), pooling);
    }

    /**
     * Resolves a model named in configuration: one of the bundled names, or a directory path (which then needs
     * {@code pooling}, since an ONNX file does not say how it was trained).
     */
    public static EncoderModel resolve(String nameOrDirectory, Pooling pooling) {
        String key = nameOrDirectory.trim().toLowerCase(Locale.ROOT);
        if (key.equals(BGE_SMALL_EN_V15_Q) || key.equals("bge-small-en-v15-q")) {
            return bgeSmallEnV15Quantized();
        }
        if (key.equals(ALL_MINILM_L6_V2)) {
            return allMiniLmL6V2();
        }
        if (key.equals(ALL_MINILM_L6_V2_Q)) {
            return allMiniLmL6V2Quantized();
        }
        Path directory = Path.of(nameOrDirectory);
        if (!Files.isDirectory(directory)) {
            throw new EncoderModelException("Unknown encoder model '" + nameOrDirectory + "': use "
                    + BGE_SMALL_EN_V15_Q + ", " + ALL_MINILM_L6_V2 + ", " + ALL_MINILM_L6_V2_Q
                    + ", or the path of a directory holding a .onnx file and tokenizer.json");
        }
        return fromDirectory(directory, pooling == null ? Pooling.MEAN : pooling);
    }

    /**
     * Resolves an ensemble named in configuration as models joined by {@code +}, e.g. {@code
     * bge-small-en-v1.5-q+all-minilm-l6-v2}, the primary model first; a single name gives one model.
     */
    public static List<EncoderModel> resolveAll(String names, Pooling pooling) {
        return Arrays.stream(names.split("\\+"))
                .map(name -> resolve(name, pooling))
                .toList();
    }

    /** Where the model's files are. */
    public sealed interface Source permits Classpath, Directory {
        InputStream openModel() throws IOException;

        InputStream openTokenizer() throws IOException;
    }

    /** Files packaged as classpath resources, as langchain4j's model artifacts carry them. */
    public record Classpath(String modelResource, String tokenizerResource) implements Source {
        @Override
        public InputStream openModel() throws IOException {
            return open(modelResource);
        }

        @Override
        public InputStream openTokenizer() throws IOException {
            return open(tokenizerResource);
        }

        private static InputStream open(String resource) throws IOException {
            InputStream in = EncoderModel.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new EncoderModelException("Model resource '" + resource + "' is not on the classpath: add the"
                        + " langchain4j-embeddings artifact that carries it to the application's dependencies");
            }
            return in;
        }
    }

    /** Files in a directory of the user's. */
    public record Directory(Path directory) implements Source {
        @Override
        public InputStream openModel() throws IOException {
            try (var files = Files.list(directory)) {
                List<Path> onnx = files.filter(p -> p.toString().endsWith(".onnx"))
                        .sorted()
                        .toList();
                if (onnx.size() != 1) {
                    throw new EncoderModelException("Model directory " + directory.toAbsolutePath() + " must hold"
                            + " exactly one .onnx file, found " + onnx.size());
                }
                return Files.newInputStream(onnx.get(0));
            }
        }

        @Override
        public InputStream openTokenizer() throws IOException {
            Path tokenizer = directory.resolve("tokenizer.json");
            if (!Files.isReadable(tokenizer)) {
                throw new EncoderModelException("Model directory " + directory.toAbsolutePath()
                        + " has no readable tokenizer.json: export it with the model (HuggingFace tokenizers"
                        + " format)");
            }
            return Files.newInputStream(tokenizer);
        }
    }
}
