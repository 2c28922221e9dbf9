package dev.penny.core.conversation;

/**
 * Keeps what proves a visitor's right to resume a conversation: a hash of the secret in its {@link ResumeToken}, never
 * the secret itself. A token lasts as long as a conversation ({@code penny.conversation.ttl}) from its issue or its
 * last successful check.
 */
public interface ResumeTokens {

    /** Issues the token of a new conversation, keeping only its hash. */
    ResumeToken issue(ConversationId conversationId);

    /** True when {@code token} is the one issued for its conversation and has not expired; then extends its life. */
    boolean matches(ResumeToken token);

    /**
     * Extends the life of a conversation's token, when the visitor writes in it, so a token lives as long as the
     * conversation it resumes; nothing happens when there is none or it has expired. An implementation without expiry
     * need not do anything.
     */
    default void keepAlive(ConversationId conversationId) {}

    /** Forgets a conversation's token at once, e.g. when the conversation is erased: no token resumes it after. */
    void erase(ConversationId conversationId);
}
