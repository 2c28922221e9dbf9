package dev.penny.core.llm;

import java.util.OptionalLong;

/**
 * Answers a visitor's question from given FAQ entries with a large language model.
 *
 * <p>The bot calls this only when the intent classifier is unsure but the retriever found relevant FAQ entries. The
 * answer must come from those entries: when they do not cover the question, implementations return {@link
 * LlmAnswer#notCovered(long, long)} rather than let the model improvise, and the conversation goes to a person.
 *
 * <p>Implementations bound how long a call may take and throw {@link LlmException.Failure#TIMEOUT} beyond it, since a
 * visitor is waiting. They are safe to call from many threads at once.
 */
public interface LlmClient {

    /**
     * Answers one question.
     *
     * @param question the masked question and the FAQ entries to ground the answer on
     * @return the answer with its token counts
     * @throws LlmException when no answer could be obtained, including timeouts
     */
    LlmAnswer answer(GroundedQuestion question) throws LlmException;

    /**
     * The most answer tokens one call may produce, when the client sends such a cap with every call; the engine then
     * reserves budget for an answer that long, so a call cannot spend more than it reserved on output.
     */
    default OptionalLong maxOutputTokens() {
        return OptionalLong.empty();
    }
}
