package dev.penny.intents.retriever;

import dev.penny.intents.encoder.SentenceEncoder;
import java.util.List;
import java.util.Objects;

/**
 * FAQ entries and article passages indexed twice, word for word (Lucene BM25 with the locale's analyser) and by
 * meaning (Penny's sentence encoder), and ranked by fusing the two rankings ({@link Fusion}). Words find the
 * rare term a visitor copies from an article (a form number, a product name) that an encoder blurs; meaning finds the
 * paraphrase that shares no word. Immutable and safe for many threads; the encoder is shared, not owned.
 */
public final class HybridIndex {

    /** How many lexical hits are fused: far more than anyone reads, few enough to stay cheap on large catalogs. */
    static final int LEXICAL_DEPTH = 100;

    private final SentenceEncoder encoder;
    private final LexicalIndex lexical;
    private final DenseIndex dense;
    private final BuildTimes times;

    private HybridIndex(SentenceEncoder encoder, LexicalIndex lexical, DenseIndex dense, BuildTimes times) {
        this.encoder = encoder;
        this.lexical = lexical;
        this.dense = dense;
        this.times = times;
    }

    /**
     * How long building took, by part.
     *
     * @param lexicalSeconds analysing and indexing the words
     * @param denseSeconds encoding the new texts and laying out the vectors
     */
    public record BuildTimes(double lexicalSeconds, double denseSeconds) {}

    /**
     * Indexes the documents; encodes only the texts {@code previous} (the index of the version before, or null) did
     * not already hold.
     */
    public static HybridIndex build(
            List<SearchDocument> documents, String locale, SentenceEncoder encoder, HybridIndex previous) {
        Objects.requireNonNull(encoder, "encoder");
        long started = System.nanoTime();
        LexicalIndex lexical = LexicalIndex.build(documents, locale);
        long indexed = System.nanoTime();
        DenseIndex dense = DenseIndex.build(documents, encoder, previous == null ? null : previous.dense);
        long encoded = System.nanoTime();
        return new HybridIndex(
                encoder, lexical, dense, new BuildTimes((indexed - started) / 1e9, (encoded - indexed) / 1e9));
    }

    /** Owners ranked by {@code fusion} of both rankings, best first, at most {@code limit}. */
    public List<RankedOwner> search(String question, Fusion fusion, int limit) {
        return search(question, encoder.encode(question), fusion, limit);
    }

    /** As {@link #search(String, Fusion, int)}, with the question's vector already made by this index's encoder. */
    public List<RankedOwner> search(String question, float[] vector, Fusion fusion, int limit) {
        List<RankedOwner> fused = fusion.fuse(lexical.rank(question, LEXICAL_DEPTH), dense.rank(vector));
        return fused.subList(0, Math.min(limit, fused.size()));
    }

    /** Owners ranked by BM25 alone (the evaluation's lexical peer). */
    public List<RankedOwner> searchWords(String question, int limit) {
        List<RankedOwner> ranked = lexical.rank(question, Math.max(limit, LEXICAL_DEPTH));
        return ranked.subList(0, Math.min(limit, ranked.size()));
    }

    /** Owners ranked by meaning alone (the evaluation's dense peer). */
    public List<RankedOwner> searchMeaning(String question, int limit) {
        return searchMeaning(encoder.encode(question), limit);
    }

    /** As {@link #searchMeaning(String, int)}, with the question's vector already made by this index's encoder. */
    public List<RankedOwner> searchMeaning(float[] vector, int limit) {
        List<RankedOwner> ranked = dense.rank(vector);
        return ranked.subList(0, Math.min(limit, ranked.size()));
    }

    /** The encoder whose vectors this index holds. */
    public SentenceEncoder encoder() {
        return encoder;
    }

    /** How long building this index took. */
    public BuildTimes buildTimes() {
        return times;
    }

    /** How many texts building this index encoded; the others were reused from the previous index. */
    public int encodedTexts() {
        return dense.encoded();
    }
}
