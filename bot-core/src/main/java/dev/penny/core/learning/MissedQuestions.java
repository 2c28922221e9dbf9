package dev.penny.core.learning;

import dev.penny.core.conversation.ConversationId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Keeps the visitor questions the FAQ did not answer, and the agents' replies in their conversations, for a while, so
 * that catalog owners can see what visitors ask that the catalog does not cover.
 *
 * <p>Learning data, not conversation storage: implementations keep a bounded number of recent questions and forget
 * each one a retention period after it was asked (an agent answer likewise after it was given), so the store cannot
 * grow with traffic. Texts arrive already masked. Writes are appends; nothing recorded is rewritten. Implementations
 * are safe to call from many threads at once.
 *
 * <p>Retention is by age, not by count: once its retention has passed, a question is gone from the store, not merely
 * hidden, whatever was recorded after it.
 */
public interface MissedQuestions {

    /** Keeps a question that went to the LLM or a person. The engine records each visitor message at most once. */
    void record(MissedQuestion question);

    /**
     * Keeps an agent's reply if its conversation has a question kept here; replies in other conversations (a visitor
     * who asked for a person straight away, say) teach nothing about the catalog and are dropped.
     *
     * @return true when the reply was kept
     */
    boolean agentAnswered(AgentAnswer answer);

    /** The most recent questions still kept, newest first, at most {@code limit} of them. */
    List<MissedQuestion> recent(int limit);

    /**
     * The agent replies still kept in each of {@code conversations}, oldest first; conversations without any are
     * absent from the map.
     */
    Map<ConversationId, List<AgentAnswer>> agentAnswers(Collection<ConversationId> conversations);

    /**
     * Forgets everything kept about one conversation at once, its questions and its agents' replies, e.g. when its
     * visitor asks for their data to be erased. Erasing a conversation with nothing kept does nothing.
     */
    void erase(ConversationId id);
}
