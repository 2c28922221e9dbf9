package dev.penny.core.understanding;

import java.util.List;

/**
 * Finds the FAQ entries that best match a free-text question.
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
}
