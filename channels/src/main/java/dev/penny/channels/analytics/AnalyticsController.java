package dev.penny.channels.analytics;

import dev.penny.channels.web.ApiProblem;
import dev.penny.channels.wire.ErrorCode;
import dev.penny.core.analytics.AnalyticsCounters;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/analytics} (JSON) and {@code GET /api/analytics/export.csv}: the analytics page's figures for a
 * range of hours or days, for support leads and editors. Parameters: {@code granularity} ({@code hour} or {@code
 * day}), {@code from} and {@code to} (an instant or a UTC date).
 */
@RestController
class AnalyticsController {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsController.class);

    private final AnalyticsCounters counters;
    private final MissedGroups missed;
    private final Clock clock;

    /** Reads through the buffer, so this node's latest counts are written before they are read. */
    AnalyticsController(AnalyticsBuffer buffer, MissedGroups missed, Clock clock) {
        this.counters = buffer.counters();
        this.missed = missed;
        this.clock = clock;
    }

    @GetMapping("/api/analytics")
    AnalyticsReport report(
            @RequestParam(required = false) String granularity,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        ReportRange range = ReportRange.parse(granularity, from, to, clock);
        return AnalyticsReport.of(
                range, counters.buckets(range.granularity(), range.from(), range.to()), missed.largest());
    }

    @GetMapping("/api/analytics/export.csv")
    ResponseEntity<byte[]> csv(
            @RequestParam(required = false) String granularity,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        ReportRange range = ReportRange.parse(granularity, from, to, clock);
        AnalyticsReport report =
                AnalyticsReport.of(range, counters.buckets(range.granularity(), range.from(), range.to()), List.of());
        String name = "penny-analytics-" + range.granularity().label() + "-"
                + range.from().toString().substring(0, 10) + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(AnalyticsCsv.of(report).getBytes(StandardCharsets.UTF_8));
    }

    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<Map<String, Object>> storeUnavailable(DataAccessException e) {
        log.warn("Analytics: the store did not answer: {}", e.toString());
        return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, ErrorCode.STORE_UNAVAILABLE, "the store did not answer")
                .response();
    }
}
