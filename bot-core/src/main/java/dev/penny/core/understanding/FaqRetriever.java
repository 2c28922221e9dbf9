package dev.penny.core.understanding;

import java.util.List;

/**
 * Finds the FAQ entries (and the article passages, when the catalog has articles) that best match a free-text
 * question.
 *
 * <p>Used to ground an LLM's answer on what the FAQ says and to offer "did you mean" choices. Implementations are
 * safe to call from many threads at once.
 */
public interface FaqRetriever {

    /**
     * Ranks FAQ entries for a question.
     *
     * @param question the visitor's text
     * @param limit at most this many entries are returned
     * @return matches, best first; empty when the catalog is empty
     */
    List<FaqMatch> retrieve(String question, int limit);

    /**
     * Ranks FAQ entries for a question the classifier has already read. The result is that of {@link
     * #retrieve(String, int)} for its text; a retriever in the vector space of the question's vector uses that
     * vector instead of encoding the text again. The default retrieves by text.
     */
    default List<FaqMatch> retrieve(ClassifiedQuestion question, int limit) {
        return retrieve(question.text(), limit);
    }

    /**
     * Ranks the help-center article passages of the same catalog version for a question the classifier has read, on
     * the scale of {@link #retrieve}'s scores. The default knows no articles.
     *
     * @param question the visitor's question
     * @param limit at most this many passages are returned
     * @return matches, best first; empty when the version has no articles
     */
    default List<PassageMatch> passages(ClassifiedQuestion question, int limit) {
        return List.of();
    }
}
