package dev.penny.channels.visitor;

import dev.penny.core.conversation.ConversationId;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The allowances of this node alone: for the embedded mode, and for a node whose Redis does not answer. Buckets full
 * again are dropped once the map grows, so many addresses cannot fill the heap; a dropped bucket is recreated full,
 * as it was.
 */
public final class InMemoryAllowances implements Allowances {

    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final Map<String, Long> fullAt = new ConcurrentHashMap<>();

    public InMemoryAllowances(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean tryTake(Kind kind, String address) {
        return take(kind, kind.name() + "|address|" + address);
    }

    @Override
    public boolean tryTake(Kind kind, ConversationId conversation) {
        return take(kind, kind.name() + "|conversation|" + conversation.value());
    }

    private boolean take(Kind kind, String bucket) {
        long now = clock.millis();
        if (fullAt.size() > PRUNE_ABOVE) {
            fullAt.values().removeIf(at -> at <= now);
        }
        boolean[] taken = {false};
        fullAt.compute(bucket, (key, at) -> {
            long next = Math.max(at == null ? now : at, now) + kind.refillMillis();
            if (next - now > kind.burstMillis()) {
                return at;
            }
            taken[0] = true;
            return next;
        });
        return taken[0];
    }
}
