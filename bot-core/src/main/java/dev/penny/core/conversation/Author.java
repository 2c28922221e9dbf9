package dev.penny.core.conversation;

/** Who wrote a turn. */
public enum Author {
    /** The person asking for help through the widget. */
    VISITOR,
    /** Penny, answering on its own. */
    BOT,
    /** A human support agent, through the agent console. */
    AGENT,
    /** Notices about the conversation itself ("an agent joined"), written by Penny on nobody's behalf. */
    SYSTEM
}
