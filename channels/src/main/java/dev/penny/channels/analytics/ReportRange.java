package dev.penny.channels.analytics;

import dev.penny.channels.web.ApiProblem;
import dev.penny.channels.wire.ErrorCode;
import dev.penny.core.analytics.Granularity;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;

/**
 * The buckets a report covers: {@code granularity} hour or day, {@code from} (inclusive) and {@code to} (exclusive) as
 * instants or UTC dates. Without them: the last 24 hours, or the last 30 days, the current one included.
 */
record ReportRange(Granularity granularity, Instant from, Instant to) {

    /** The most buckets one report reads. */
    static final int MAX_BUCKETS = 750;

    static ReportRange parse(String granularity, String from, String to, Clock clock) {
        Granularity g = granularity(granularity);
        Instant end = to == null || to.isBlank() ? g.start(clock.instant()).plus(g.length()) : instant(to, "to");
        Instant start = from == null || from.isBlank()
                ? end.minus(g.length().multipliedBy(g == Granularity.HOUR ? 24 : 30))
                : instant(from, "from");
        if (!start.isBefore(end)) {
            throw refused("from must be before to");
        }
        if (start.plus(g.length().multipliedBy(MAX_BUCKETS)).isBefore(end)) {
            throw refused("at most " + MAX_BUCKETS + " " + g.label() + "s in one report");
        }
        return new ReportRange(g, start, end);
    }

    private static Granularity granularity(String text) {
        if (text == null || text.isBlank() || text.equals("hour")) {
            return Granularity.HOUR;
        }
        if (text.equals("day")) {
            return Granularity.DAY;
        }
        throw refused("granularity is hour or day, not " + text);
    }

    private static Instant instant(String text, String name) {
        try {
            return text.length() == "2026-12-06".length()
                    ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw refused(name + " is an instant (2026-12-06T10:00:00Z) or a UTC date (2026-12-06), not " + text);
        }
    }

    private static ApiProblem refused(String message) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, ErrorCode.INVALID_RANGE, message);
    }
}
