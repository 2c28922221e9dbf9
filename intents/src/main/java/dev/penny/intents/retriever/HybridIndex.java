package dev.penny.intents.retriever;

import dev.penny.intents.encoder.SentenceEncoder;
import java.util.List;
import java.util.Objects;

/**
 * FAQ entries and article passages indexed twice, word for word (Lucene BM25 with the locale's analyser) and by
 * meaning (Penny's sentence encoder), and ranked by fusing the two rankings ({@link RankFusion}). Words find the
 * rare term a visitor copies from an article (a form number, a product name) that an encoder blurs; meaning finds the
 * paraphrase that shares no word. Immutable and safe for many threads; the encoder is shared, not owned.
 */
public final class HybridIndex {

    /** How many lexical hits are fused: far more than anyone reads, few enough to stay cheap on large catalogs. */
    static final int LEXICAL_DEPTH = 100;

    private final SentenceEncoder encoder;
    private final LexicalIndex lexical;
    private final DenseIndex dense;

    private HybridIndex(SentenceEncoder encoder, LexicalIndex lexical, DenseIndex dense) {
        this.encoder = encoder;
        this.lexical = lexical;
        this.dense = dense;
    }

    /**
     * Indexes the documents; encodes only the texts {@code previous} (the index of the version before, or null) did
     * not already hold.
     */
    public static HybridIndex build(
            List<SearchDocument> documents, String locale, SentenceEncoder encoder, HybridIndex previous) {
        Objects.requireNonNull(encoder, "encoder");
        return new HybridIndex(
                encoder,
                LexicalIndex.build(documents, locale),
                DenseIndex.build(documents, encoder, previous == null ? null : previous.dense));
    }

    /** Owners ranked by the fusion of both rankings, best first, at most {@code limit}. */
    public List<RankedOwner> search(String question, int limit) {
        return search(question, encoder.encode(question), limit);
    }

    /** As {@link #search(String, int)}, with the question's vector already made by this index's encoder. */
    public List<RankedOwner> search(String question, float[] vector, int limit) {
        List<RankedOwner> fused = RankFusion.fuse(lexical.rank(question, LEXICAL_DEPTH), dense.rank(vector));
        return fused.subList(0, Math.min(limit, fused.size()));
    }

    /** Owners ranked by BM25 alone (the evaluation's lexical peer). */
    public List<RankedOwner> searchWords(String question, int limit) {
        List<RankedOwner> ranked = lexical.rank(question, Math.max(limit, LEXICAL_DEPTH));
        return ranked.subList(0, Math.min(limit, ranked.size()));
    }

    /** Owners ranked by meaning alone (the evaluation's dense peer). */
    public List<RankedOwner> searchMeaning(String question, int limit) {
        List<RankedOwner> ranked = dense.rank(encoder.encode(question));
        return ranked.subList(0, Math.min(limit, ranked.size()));
    }

    /** The encoder whose vectors this index holds. */
    public SentenceEncoder encoder() {
        return encoder;
    }

    /** How many texts building this index encoded; the others were reused from the previous index. */
    public int encodedTexts() {
        return dense.encoded();
    }
}
