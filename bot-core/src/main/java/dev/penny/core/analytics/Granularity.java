package dev.penny.core.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** How long one bucket of counts is: an hour or a day, both in UTC. */
public enum Granularity {
    HOUR(ChronoUnit.HOURS),
    DAY(ChronoUnit.DAYS);

    private final ChronoUnit unit;

    Granularity(ChronoUnit unit) {
        this.unit = unit;
    }

    /** The start of the bucket holding {@code at}. */
    public Instant start(Instant at) {
        return at.truncatedTo(unit);
    }

    /** The length of a bucket. */
    public Duration length() {
        return unit.getDuration();
    }

    /** The name used in keys, URLs and files: {@code hour} or {@code day}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
