package dev.penny.core.policy;

/** Who answers a visitor message, in the order the policy tries them. */
public enum Route {
    /** The bot answers with the FAQ entry of a confidently recognised intent. */
    FAQ,
    /** Two or more intents are close; the bot asks which one the visitor meant. */
    CHOICE,
    /** The bot asks an LLM to answer from the best-matching FAQ entries. */
    LLM,
    /** No LLM, but an article passage matches well: the bot quotes a short excerpt of it with a link. */
    ARTICLE,
    /** A person takes over. */
    HUMAN
}
