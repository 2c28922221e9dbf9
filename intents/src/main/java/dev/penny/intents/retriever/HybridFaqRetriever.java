package dev.penny.intents.retriever;

import dev.penny.core.understanding.ArticlePassage;
import dev.penny.core.understanding.ClassifiedQuestion;
import dev.penny.core.understanding.FaqEntry;
import dev.penny.core.understanding.FaqMatch;
import dev.penny.core.understanding.FaqRetriever;
import dev.penny.core.understanding.PassageMatch;
import dev.penny.core.understanding.QuestionVector;
import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.catalog.Intent;
import dev.penny.intents.encoder.SentenceEncoder;
import dev.penny.intents.knowledge.ArticlePassages;
import dev.penny.intents.knowledge.Passage;
import dev.penny.intents.knowledge.PassageDocuments;
import java.util.ArrayList;
import java.util.List;

/**
 * Ranks a catalog version's FAQ entries and article passages in one {@link HybridIndex}, so that words and meaning
 * both count and entries and passages compete on the same scale. Entries are indexed by their examples, title and
 * answer; passages as {@link PassageDocuments} reads them. Ranking is by {@link Fusion#DEFAULT}; a match's score is
 * its cosine similarity, which the policy's thresholds are calibrated on.
 *
 * <p>Immutable: a new version builds a new retriever, from the previous one so that only new texts are encoded.
 */
public final class HybridFaqRetriever implements FaqRetriever {

    private final HybridIndex index;
    private final List<FaqEntry> entries;
    private final List<Passage> passages;

    private HybridFaqRetriever(HybridIndex index, List<FaqEntry> entries, List<Passage> passages) {
        this.index = index;
        this.entries = entries;
        this.passages = passages;
    }

    /** Indexes the catalog's entries and articles, reusing {@code previous}'s vectors (null for none). */
    public static HybridFaqRetriever index(Catalog catalog, SentenceEncoder encoder, HybridFaqRetriever previous) {
        List<FaqEntry> entries = catalog.faqEntries();
        List<SearchDocument> documents = new ArrayList<>();
        for (int e = 0; e < catalog.intents().size(); e++) {
            documents.add(document(catalog.intents().get(e), e));
        }
        List<Passage> passages = new ArrayList<>();
        catalog.articles().forEach(a -> passages.addAll(ArticlePassages.of(a)));
        for (int p = 0; p < passages.size(); p++) {
            documents.add(PassageDocuments.of(passages.get(p), entries.size() + p));
        }
        HybridIndex index =
                HybridIndex.build(documents, catalog.locale(), encoder, previous == null ? null : previous.index);
        return new HybridFaqRetriever(index, entries, List.copyOf(passages));
    }

    private static SearchDocument document(Intent intent, int owner) {
        List<String> meanings = new ArrayList<>(intent.examples());
        meanings.add(intent.title());
        if (!intent.answer().isBlank()) {
            meanings.add(intent.answer());
        }
        // batched like the classifier's: training a version has just encoded these texts, and the training cache hands
        // their vectors over, where encoding a large catalog's examples again one by one would take minutes
        return new SearchDocument(owner, String.join("\n", meanings), meanings, false);
    }

    @Override
    public List<FaqMatch> retrieve(String question, int limit) {
        return faq(question, index.encoder().encode(question), limit);
    }

    /** Uses the question's vector when this retriever's encoder made it, so the text is not encoded again. */
    @Override
    public List<FaqMatch> retrieve(ClassifiedQuestion question, int limit) {
        return faq(question.text(), vector(question), limit);
    }

    /** The article passages that best match the question, best first, scored by cosine similarity as entries are. */
    @Override
    public List<PassageMatch> passages(ClassifiedQuestion question, int limit) {
        return passages(question.text(), vector(question), limit);
    }

    /** As {@link #passages(ClassifiedQuestion, int)} for a question not yet encoded. */
    public List<PassageMatch> passages(String question, int limit) {
        return passages(question, index.encoder().encode(question), limit);
    }

    private List<PassageMatch> passages(String text, float[] vector, int limit) {
        if (passages.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<PassageMatch> out = new ArrayList<>();
        for (RankedOwner r : index.search(text, vector, Fusion.DEFAULT, Integer.MAX_VALUE)) {
            if (r.owner() >= entries.size()) {
                Passage p = passages.get(r.owner() - entries.size());
                out.add(new PassageMatch(
                        new ArticlePassage(p.articleId(), p.label(), p.url(), p.text()), unit(r.similarity())));
                if (out.size() == limit) {
                    break;
                }
            }
        }
        return out;
    }

    private List<FaqMatch> faq(String text, float[] vector, int limit) {
        if (entries.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<FaqMatch> out = new ArrayList<>();
        for (RankedOwner r : index.search(text, vector, Fusion.DEFAULT, Integer.MAX_VALUE)) {
            if (r.owner() < entries.size()) {
                out.add(new FaqMatch(entries.get(r.owner()), unit(r.similarity())));
                if (out.size() == limit) {
                    break;
                }
            }
        }
        return out;
    }

    private float[] vector(ClassifiedQuestion question) {
        SentenceEncoder encoder = index.encoder();
        return question.vector()
                .filter(v -> v.space().equals(encoder.name()) && v.values().length == encoder.dimension())
                .map(QuestionVector::values)
                .orElseGet(() -> encoder.encode(question.text()));
    }

    // cosine similarity of unit vectors is in [-1, 1]; the port promises [0, 1]
    private static double unit(double similarity) {
        return Double.isNaN(similarity) ? 0.0 : Math.max(0.0, Math.min(1.0, similarity));
    }

    /** Number of FAQ entries indexed. */
    public int size() {
        return entries.size();
    }

    /** Number of article passages indexed. */
    public int passageCount() {
        return passages.size();
    }

    List<Passage> passageList() {
        return passages;
    }

    HybridIndex index() {
        return index;
    }

    /** How many texts building this retriever encoded; the rest came from the previous version's. */
    public int encodedTexts() {
        return index.encodedTexts();
    }
}
