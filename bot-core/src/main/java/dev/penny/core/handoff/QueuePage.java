package dev.penny.core.handoff;

import java.util.List;
import java.util.Objects;

/**
 * One page of the agents' queue.
 *
 * @param conversations the conversations on this page, longest wait first
 * @param offset how many waiting conversations come before this page
 * @param total how many conversations wait in all, so a console can say how many pages there are
 */
public record QueuePage(List<WaitingConversation> conversations, int offset, int total) {

    public QueuePage {
        conversations = List.copyOf(Objects.requireNonNull(conversations, "conversations"));
        if (offset < 0 || total < 0) {
            throw new IllegalArgumentException("offset and total must not be negative");
        }
    }

    /** The page of {@code queue}, the whole queue longest wait first, starting at {@code offset}. */
    public static QueuePage of(List<WaitingConversation> queue, int offset, int limit) {
        int from = Math.min(offset, queue.size());
        int to = Math.min(queue.size(), from + limit);
        return new QueuePage(queue.subList(from, to), offset, queue.size());
    }
}
