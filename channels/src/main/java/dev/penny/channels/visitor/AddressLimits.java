package dev.penny.channels.visitor;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The {@link AbuseProperties} limits, one entry per client address on this node. An entry outlives its sockets for
 * the longer refill period, so closing every socket and reconnecting does not reset an address's allowance; idle
 * entries are dropped once the map grows, so many addresses cannot fill the heap.
 */
final class AddressLimits {

    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final AbuseProperties limits;
    private final Duration keep;
    private final Map<String, Address> addresses = new ConcurrentHashMap<>();

    AddressLimits(Clock clock, AbuseProperties limits) {
        this.clock = clock;
        this.limits = limits;
        this.keep = Stream.of(limits.conversationsPeriod(), limits.messagesPeriod(), limits.leftMessagesPeriod())
                .max(Duration::compareTo)
                .orElseThrow();
    }

    /** Counts a socket opened from {@code address}; null when the address already holds as many as allowed. */
    Address open(String address) {
        if (addresses.size() > PRUNE_ABOVE) {
            long now = clock.millis();
            addresses.values().removeIf(a -> a.idleSince(now) > keep.toMillis());
        }
        Address entry = addresses.computeIfAbsent(address, a -> new Address());
        synchronized (entry) {
            if (entry.sockets >= limits.socketsPerAddress()) {
                return null;
            }
            entry.sockets++;
            entry.lastUsed = clock.millis();
        }
        return entry;
    }

    /** One client address: its open sockets and its allowances. */
    final class Address {

        private final RateLimit conversations =
                new RateLimit(clock, limits.conversationsPerAddress(), limits.conversationsPeriod());
        private final RateLimit messages = new RateLimit(clock, limits.messagesPerAddress(), limits.messagesPeriod());
        private final RateLimit leftMessages =
                new RateLimit(clock, limits.leftMessagesPerAddress(), limits.leftMessagesPeriod());
        private int sockets;
        private long lastUsed;

        boolean tryStartConversation() {
            return conversations.tryAcquire();
        }

        boolean trySendMessage() {
            return messages.tryAcquire();
        }

        boolean tryLeaveMessage() {
            return leftMessages.tryAcquire();
        }

        synchronized void closed() {
            sockets--;
            lastUsed = clock.millis();
        }

        private synchronized long idleSince(long now) {
            return sockets > 0 ? 0 : now - lastUsed;
        }
    }
}
