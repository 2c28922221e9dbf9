package dev.penny.core.privacy;

import java.util.List;

/**
 * What erasing a visitor by their email address removed: the messages they left with it, and each conversation those
 * messages were left from, erased whole.
 *
 * @param leftMessages how many messages were left with the address
 * @param conversations the conversations erased, in the order their messages were left
 */
public record VisitorErasure(int leftMessages, List<Erasure> conversations) {

    public VisitorErasure {
        conversations = List.copyOf(conversations);
    }

    /** True when nothing was kept under the address. */
    public boolean isEmpty() {
        return leftMessages == 0 && conversations.isEmpty();
    }
}
