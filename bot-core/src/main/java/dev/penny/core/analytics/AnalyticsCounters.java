package dev.penny.core.analytics;

import dev.penny.core.conversation.ConversationId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Time-bucketed counters for the analytics page: every count goes into the hour and the day holding its time (UTC),
 * under the catalog version served then. Hourly buckets are kept for a shorter time than daily ones; a bucket expires
 * as a whole, its retention counted from its start.
 *
 * <p>Adding is atomic per bucket and safe from many threads and processes: counts added at once are all counted.
 * Counts are integers; money is micro-dollars.
 */
public interface AnalyticsCounters {

    /**
     * Adds {@code deltas} (measure: amount, possibly negative) to the hour and the day holding {@code at}, under
     * {@code catalogVersion}.
     */
    void add(Instant at, String catalogVersion, Map<String, Long> deltas);

    /**
     * True the first time it is asked for this conversation and mark, false after, for as long as conversations are
     * kept; so a conversation is counted once as handed off, however often it is handed off.
     */
    boolean firstTime(ConversationId id, String mark);

    /**
     * Forgets a conversation's marks at once, e.g. when its visitor asks for their data to be erased. The counts keep
     * it: they are sums per hour and day and name no conversation.
     */
    void erase(ConversationId id);

    /**
     * The buckets of {@code granularity} starting at or after {@code from} and before {@code to}, oldest first, one
     * per hour or day, empty ones included; buckets past their retention are empty.
     */
    List<CountedBucket> buckets(Granularity granularity, Instant from, Instant to);
}
