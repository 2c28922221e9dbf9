package dev.penny.channels.webhooks;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * {@link WebhookQueue} in this process, without Redis: what is not delivered when the process stops is lost. Bounded:
 * beyond {@code maxBacklog} the oldest bodies are dropped.
 */
final class InMemoryWebhookQueue implements WebhookQueue {

    private final Deque<Entry> entries = new ArrayDeque<>();
    private final int maxBacklog;
    private long added;

    InMemoryWebhookQueue(int maxBacklog) {
        this.maxBacklog = maxBacklog;
    }

    @Override
    public synchronized void addAll(List<String> bodies) {
        for (String body : bodies) {
            entries.addLast(new Entry(Long.toString(++added), body));
            if (entries.size() > maxBacklog) {
                entries.removeFirst();
            }
        }
    }

    @Override
    public synchronized List<Entry> next(int max) {
        return entries.stream().limit(max).toList();
    }

    @Override
    public synchronized void delivered(Entry entry) {
        long position = Long.parseLong(entry.position());
        while (!entries.isEmpty() && Long.parseLong(entries.peekFirst().position()) <= position) {
            entries.removeFirst();
        }
    }

    @Override
    public synchronized int erase(String conversationId) {
        int before = entries.size();
        entries.removeIf(e -> WebhookQueue.isAbout(e.body(), conversationId));
        return before - entries.size();
    }

    @Override
    public boolean mayDeliver() {
        return true;
    }
}
