package dev.penny.core.channel;

/**
 * One way visitors reach Penny: the widget's socket, the HTTP message API, or one you write (a Slack bridge, an SMS
 * gateway). A channel takes a visitor's message from its transport and hands it to the {@link VisitorDesk} with the
 * sender's own id for it, sends the visitor the {@link dev.penny.core.engine.Reply} the desk completes with, and tells
 * the visitor what happens later in the conversation through {@link #deliver}.
 *
 * <p>An instance may stand for the whole channel (a bridge) or for one visitor's connection (the widget has one per
 * socket); the desk only needs its name and somewhere to deliver.
 */
public interface Channel {

    /** The channel's name, as {@code conversation.started} reports it: {@code widget}, {@code api}, {@code slack}. */
    String name();

    /**
     * Tells the visitor something that happened later in a conversation this channel follows ({@link
     * VisitorDesk#follow}): an agent's message, an agent joining, the conversation handed back to the bot or closed.
     * Called on the node where the channel follows it, in the order it happened, on Penny's thread: send or queue,
     * do not block. A failure is logged; the update is stored in the transcript either way, and a visitor who
     * resumes gets it then.
     */
    void deliver(ConversationUpdate update);
}
