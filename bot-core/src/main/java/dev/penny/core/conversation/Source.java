package dev.penny.core.conversation;

/** Where the text of a non-visitor turn came from; the widget and the reports tell these apart. */
public enum Source {
    /** An answer or a "did you mean" choice taken verbatim from the FAQ. */
    FAQ,
    /** Text an LLM wrote, grounded on FAQ entries. */
    LLM,
    /** An excerpt of a help-center article, with a link to it. */
    ARTICLE,
    /** Text a human agent wrote. */
    AGENT,
    /** A notice from Penny about the conversation: handoff, an agent joining, closing. */
    SYSTEM
}
