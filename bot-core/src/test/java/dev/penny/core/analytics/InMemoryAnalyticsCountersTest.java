package dev.penny.core.analytics;

import java.time.Clock;
import java.time.Duration;

class InMemoryAnalyticsCountersTest extends AnalyticsCountersContract {

    @Override
    protected AnalyticsCounters newCounters(
            Clock clock, Duration hoursKept, Duration daysKept, Duration conversationTtl) {
        return new InMemoryAnalyticsCounters(clock, hoursKept, daysKept, conversationTtl);
    }
}
