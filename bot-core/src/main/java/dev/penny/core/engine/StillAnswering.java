package dev.penny.core.engine;

import dev.penny.core.conversation.MessageId;

/**
 * A message was re-sent while its first attempt may still be answering it (on this node or another): answering it
 * again would answer, and pay, twice. The visitor should send it again shortly; by then it is answered, or the first
 * attempt's deadline has passed and it is answered anew.
 */
public final class StillAnswering extends RuntimeException {

    public StillAnswering(MessageId message) {
        super("message " + message.value() + " is still being answered");
    }
}
