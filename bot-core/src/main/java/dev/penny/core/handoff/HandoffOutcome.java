package dev.penny.core.handoff;

/** What {@link HumanHandoff#handOff} did with a conversation. */
public enum HandoffOutcome {
    /** It now waits in the queue, marked as waiting for an agent. */
    QUEUED,
    /** Nothing changed: it was already waiting (and keeps its place) or an agent holds it. */
    UNCHANGED,
    /** Nothing changed: the queue holds as many conversations as it may, so the visitor should leave a message. */
    QUEUE_FULL,
    /** Nothing changed: it is outside business hours, so no person is tried and the visitor should leave a message. */
    CLOSED
}
