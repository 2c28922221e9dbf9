package dev.penny.core.conversation;

/** Who is answering the visitor right now. */
public enum ConversationState {
    /** Penny answers. A new conversation starts here. */
    BOT,
    /** Penny handed the conversation off and it sits in the agents' queue; the bot stays silent. */
    WAITING_FOR_AGENT,
    /** An agent holds the conversation; the bot stays silent and forwards the visitor's turns. */
    WITH_AGENT,
    /** Ended by an agent. A visitor who writes again reopens it with the bot. */
    CLOSED;

    /** True when the bot answers visitor messages in this state. */
    public boolean botAnswers() {
        return this == BOT || this == CLOSED;
    }
}
