package dev.penny.channels.visitor;

import dev.penny.core.conversation.ConversationId;
import java.time.Duration;

/**
 * The abuse allowances of client addresses and conversations: a token bucket per holder and {@link Kind}, a burst of
 * {@code burst} acts, one of which comes back every {@link Kind#refillMillis()}, so a whole burst refills in about
 * {@code period}. On Redis every node takes from the same buckets, so a flood spread over a load balancer's nodes gets
 * one allowance, not one per node; in memory they are this node's.
 *
 * <p>Implementations: {@link InMemoryAllowances} and {@code RedisAllowances}; a third one extends the contract test
 * {@code AllowancesContract}. Both keep a bucket as the generic cell rate algorithm does: one number, the time at which
 * the bucket is full again, which a take moves on by one refill and which may run at most a whole burst ahead of now.
 */
public interface Allowances {

    /** Takes one act of {@code kind} from the client address's bucket; false when none is left, and the act is refused. */
    boolean tryTake(Kind kind, String address);

    /** Takes one act of {@code kind} from the conversation's bucket; false when none is left, and the act is refused. */
    boolean tryTake(Kind kind, ConversationId conversation);

    /**
     * One kind of allowance.
     *
     * @param name lowercase words joined by hyphens, e.g. {@code messages}; buckets of different names never mix
     * @param burst acts allowed at once, at least 1
     * @param period time in which a whole burst refills, at least a millisecond
     */
    record Kind(String name, int burst, Duration period) {

        public Kind {
            if (!name.matches("[a-z]+(-[a-z]+)*")) {
                throw new IllegalArgumentException("an allowance name is lowercase words joined by hyphens: " + name);
            }
            if (burst < 1 || period.toMillis() < 1) {
                throw new IllegalArgumentException("an allowance needs a positive burst and a period of 1 ms or more");
            }
        }

        /** Milliseconds one act's token takes to come back, at least one. */
        public long refillMillis() {
            return Math.max(1, period.toMillis() / burst);
        }

        /** How far ahead of now the full-again time may run: a whole burst of refills, never more than the period. */
        public long burstMillis() {
            return refillMillis() * burst;
        }
    }
}
