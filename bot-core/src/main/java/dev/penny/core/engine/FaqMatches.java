package dev.penny.core.engine;

import dev.penny.core.understanding.ClassifiedQuestion;
import dev.penny.core.understanding.FaqMatch;
import dev.penny.core.understanding.FaqRetriever;
import dev.penny.core.understanding.PassageMatch;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * The FAQ matches and article passages for one message, retrieved the first time they are asked for and then kept: only messages that may
 * go to the LLM need them, and those need them twice (to decide, then to ground the prompt).
 */
final class FaqMatches {

    private static final System.Logger LOG = System.getLogger(FaqMatches.class.getName());

    private final FaqRetriever retriever;
    private final ClassifiedQuestion question;
    private final int limit;
    private List<FaqMatch> matches;
    private List<PassageMatch> passages;

    FaqMatches(FaqRetriever retriever, ClassifiedQuestion question, int limit) {
        this.retriever = retriever;
        this.question = question;
        this.limit = limit;
    }

    /** No matches, for a message that could not be classified. */
    static FaqMatches none() {
        FaqMatches none = new FaqMatches(null, null, 0);
        none.matches = List.of();
        none.passages = List.of();
        return none;
    }

    /** Not thread-safe: one message is answered on one thread. */
    List<FaqMatch> get() {
        if (matches == null) {
            matches = retrieve();
        }
        return matches;
    }

    /** The best article passages, retrieved the first time they are asked for; not thread-safe either. */
    List<PassageMatch> passages() {
        if (passages == null) {
            try {
                passages = retriever.passages(question, limit);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "passage retrieval failed", e);
                passages = List.of();
            }
        }
        return passages;
    }

    private List<FaqMatch> retrieve() {
        try {
            return retriever.retrieve(question, limit);
        } catch (RuntimeException e) {
            // Without matches the policy cannot ground an LLM and hands off, which is the safe outcome.
            LOG.log(Level.WARNING, "FAQ retrieval failed", e);
            return List.of();
        }
    }
}
