package dev.penny.core.channel;

import dev.penny.core.conversation.ConversationId;

/**
 * A support agent at work in the Penny the channel under test talks to, through Penny's agent side (the console's
 * socket), online from creation until closed.
 */
public interface ContractAgent extends AutoCloseable {

    /** Takes a waiting conversation; true when this agent got it. */
    boolean claim(ConversationId conversation);

    /** Writes to the visitor of a conversation this agent holds. */
    void say(ConversationId conversation, String text);

    /** Ends a conversation this agent holds. */
    void closeConversation(ConversationId conversation);

    @Override
    void close();
}
