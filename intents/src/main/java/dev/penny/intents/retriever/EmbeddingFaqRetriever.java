package dev.penny.intents.retriever;

import dev.penny.core.understanding.ClassifiedQuestion;
import dev.penny.core.understanding.FaqEntry;
import dev.penny.core.understanding.FaqMatch;
import dev.penny.core.understanding.FaqRetriever;
import dev.penny.core.understanding.QuestionVector;
import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.catalog.Intent;
import dev.penny.intents.encoder.SentenceEncoder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks FAQ entries by meaning: each entry is represented by its training examples, its title and its answer, and
 * scores the best cosine similarity of any of them to the question. Examples are how visitors ask; the title and
 * answer catch questions phrased like the answer text.
 *
 * <p>Immutable: a new catalog version builds a new retriever. The encoder is shared, not owned.
 */
public final class EmbeddingFaqRetriever implements FaqRetriever {

    private final SentenceEncoder encoder;
    private final List<FaqEntry> entries;
    private final PassageIndex index;

    private EmbeddingFaqRetriever(SentenceEncoder encoder, List<FaqEntry> entries, PassageIndex index) {
        this.encoder = encoder;
        this.entries = entries;
        this.index = index;
    }

    /** Encodes every passage of the catalog; takes as long as encoding its examples. */
    public static EmbeddingFaqRetriever index(Catalog catalog, SentenceEncoder encoder) {
        List<FaqEntry> entries = catalog.faqEntries();
        List<String> passages = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int e = 0; e < catalog.intents().size(); e++) {
            Intent intent = catalog.intents().get(e);
            for (String text : passagesOf(intent)) {
                passages.add(text);
                owners.add(e);
            }
        }
        float[][] vectors = passages.isEmpty() ? new float[0][] : encoder.encode(passages);
        return new EmbeddingFaqRetriever(encoder, entries, new PassageIndex(vectors, owners, entries.size()));
    }

    private static List<String> passagesOf(Intent intent) {
        List<String> texts = new ArrayList<>(intent.examples());
        texts.add(intent.title());
        if (!intent.answer().isBlank()) {
            texts.add(intent.answer());
        }
        return texts;
    }

    @Override
    public List<FaqMatch> retrieve(String question, int limit) {
        if (entries.isEmpty() || limit <= 0) {
            return List.of();
        }
        return rank(index.bestPerEntry(encoder.encode(question)), limit);
    }

    /** Uses the question's vector when this retriever's encoder made it, so the text is not encoded again. */
    @Override
    public List<FaqMatch> retrieve(ClassifiedQuestion question, int limit) {
        if (entries.isEmpty() || limit <= 0) {
            return List.of();
        }
        float[] vector = question.vector()
                .filter(v -> v.space().equals(encoder.name()) && v.values().length == encoder.dimension())
                .map(QuestionVector::values)
                .orElseGet(() -> encoder.encode(question.text()));
        return rank(index.bestPerEntry(vector), limit);
    }

    private List<FaqMatch> rank(float[] best, int limit) {
        List<FaqMatch> matches = new ArrayList<>(best.length);
        for (int e = 0; e < best.length; e++) {
            // cosine similarity of unit vectors is in [-1, 1]; the port promises [0, 1]
            matches.add(new FaqMatch(entries.get(e), Math.max(0.0, Math.min(1.0, best[e]))));
        }
        matches.sort(Comparator.comparingDouble(FaqMatch::score).reversed());
        return List.copyOf(matches.subList(0, Math.min(limit, matches.size())));
    }

    /** Number of FAQ entries indexed. */
    public int size() {
        return entries.size();
    }
}
