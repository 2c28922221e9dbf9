package dev.penny.channels.soak;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** What the visitors saw, counted as they saw it; safe to update from every visitor's thread. */
final class SoakTally {

    private final Set<String> accepted = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<String>> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> refused = new ConcurrentHashMap<>();
    private final Set<String> handoffs = ConcurrentHashMap.newKeySet();
    private final List<Double> latenciesMs = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong reconnects = new AtomicLong();

    void sent() {
        sent.incrementAndGet();
    }

    void accepted(String messageId) {
        accepted.add(messageId);
    }

    /** A bot or system turn answering a message; the same turn seen again (a replay) is one answer. */
    void answer(String messageId, String turnId) {
        answers.computeIfAbsent(messageId, m -> ConcurrentHashMap.newKeySet()).add(turnId);
    }

    void latency(double ms) {
        latenciesMs.add(ms);
    }

    void refused(String code) {
        refused.computeIfAbsent(code, c -> new AtomicLong()).incrementAndGet();
    }

    void handedOff(String conversationId) {
        handoffs.add(conversationId);
    }

    void reconnected() {
        reconnects.incrementAndGet();
    }

    Set<String> handoffs() {
        return Set.copyOf(handoffs);
    }

    long sentCount() {
        return sent.get();
    }

    long acceptedCount() {
        return accepted.size();
    }

    long answeredCount() {
        return answers.size();
    }

    /** Accepted messages that no answer reached, on any socket. */
    long lost() {
        return accepted.stream().filter(m -> !answers.containsKey(m)).count();
    }

    /** Messages that more than one answer reached (different turns, not the same turn replayed). */
    long duplicates() {
        return answers.values().stream().filter(turns -> turns.size() > 1).count();
    }

    Map<String, Long> refusedByCode() {
        Map<String, Long> out = new TreeMap<>();
        refused.forEach((code, count) -> out.put(code, count.get()));
        return out;
    }

    long reconnects() {
        return reconnects.get();
    }

    double percentileMs(double p) {
        List<Double> sorted;
        synchronized (latenciesMs) {
            sorted = new ArrayList<>(latenciesMs);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }
}
