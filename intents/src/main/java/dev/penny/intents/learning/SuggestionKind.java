package dev.penny.intents.learning;

/** What a group of missed questions is offered as. */
public enum SuggestionKind {
    /** The group is close to an existing intent: add its questions as that intent's examples. */
    NEW_EXAMPLES,
    /** Nothing in the catalog is close: create an intent from the questions, answered from the agents' replies. */
    NEW_INTENT
}
