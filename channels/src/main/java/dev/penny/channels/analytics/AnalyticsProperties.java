package dev.penny.channels.analytics;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The analytics page's counters ({@code penny.analytics.*}).
 *
 * @param hoursKept hourly buckets are kept this long after the hour's start; 14 days
 * @param daysKept daily buckets are kept this long after the day's start; 400 days, so a year can be compared
 * @param flushEvery counts are summed on each node and written to the store this often, off the answering threads; 1
 *     second
 */
@ConfigurationProperties("penny.analytics")
public record AnalyticsProperties(Duration hoursKept, Duration daysKept, Duration flushEvery) {

    public AnalyticsProperties {
        hoursKept = hoursKept == null ? Duration.ofDays(14) : hoursKept;
        daysKept = daysKept == null ? Duration.ofDays(400) : daysKept;
        flushEvery = flushEvery == null ? Duration.ofSeconds(1) : flushEvery;
        if (flushEvery.toMillis() < 1) {
            throw new IllegalArgumentException("penny.analytics.flush-every must be at least 1ms");
        }
        if (hoursKept.isNegative() || hoursKept.isZero() || daysKept.isNegative() || daysKept.isZero()) {
            throw new IllegalArgumentException("penny.analytics.hours-kept and days-kept must be positive");
        }
    }
}
