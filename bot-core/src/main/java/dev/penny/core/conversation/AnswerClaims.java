package dev.penny.core.conversation;

import java.util.List;

/**
 * Who is answering which visitor message, so that a message is answered once even when it is re-sent, to this node or
 * another, while its first answer is still being made (a slow LLM call, say), however long that takes.
 *
 * <p>Answering a message starts with claiming it and ends with releasing the claim, once the answer is stored or the
 * attempt has failed. A claim is held until its holder releases it or stops (its process ends); an implementation
 * shared by several processes frees a stopped holder's claims after a lease, so that the re-sent message is answered
 * anew. Nothing else frees a claim.
 *
 * <p>Implementations are safe to call from many threads.
 */
public interface AnswerClaims {

    /**
     * Claims the message of each turn, as one step per turn.
     *
     * @return for each turn, in order: true when the caller now holds the claim, false when the message was already
     *     claimed (by any holder, this one included: the message is being answered)
     */
    List<Boolean> claimAll(List<Turn> turns);

    /** Releases this holder's claims on the messages of these turns; a claim it does not hold is left alone. */
    void releaseAll(List<Turn> turns);
}
