package dev.penny.channels.analytics;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The analytics page's counters ({@code penny.analytics.*}).
 *
 * @param hoursKept hourly buckets are kept this long after the hour's start; 14 days
 * @param daysKept daily buckets are kept this long after the day's start; 400 days, so a year can be compared
 */
@ConfigurationProperties("penny.analytics")
public record AnalyticsProperties(Duration hoursKept, Duration daysKept) {

    public AnalyticsProperties {
        hoursKept = hoursKept == null ? Duration.ofDays(14) : hoursKept;
        daysKept = daysKept == null ? Duration.ofDays(400) : daysKept;
        if (hoursKept.isNegative() || hoursKept.isZero() || daysKept.isNegative() || daysKept.isZero()) {
            throw new IllegalArgumentException("penny.analytics.hours-kept and days-kept must be positive");
        }
    }
}
