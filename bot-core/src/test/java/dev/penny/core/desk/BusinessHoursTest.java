package dev.penny.core.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.penny.core.testing.MutableClock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessHoursTest {

    // New York: weekdays 9:00-12:30 and 13:30-17:00, Saturday mornings; Christmas closed.
    private static final BusinessHours NEW_YORK = new BusinessHours(
            ZoneId.of("America/New_York"),
            Map.of(
                    DayOfWeek.MONDAY, List.of(OpeningSpan.parse("09:00-12:30"), OpeningSpan.parse("13:30-17:00")),
                    DayOfWeek.FRIDAY, List.of(OpeningSpan.parse("09:00-12:30"), OpeningSpan.parse("13:30-17:00")),
                    DayOfWeek.SATURDAY, List.of(OpeningSpan.parse("09:00-12:00"))),
            Set.of(LocalDate.parse("2026-12-25")));

    private final MutableClock clock = MutableClock.at("2026-12-07T15:00:00Z");

    private boolean openAt(String utc) {
        clock.set(Instant.parse(utc));
        return NEW_YORK.isOpen(clock.instant());
    }

    @Test
    void open_within_a_span_of_the_day_in_the_zone() {
        assertThat(openAt("2026-12-07T14:00:00Z"))
                .as("Monday 9:00 EST, the opening minute")
                .isTrue();
        assertThat(openAt("2026-12-07T21:59:59Z")).as("Monday 16:59:59 EST").isTrue();
        assertThat(openAt("2026-12-12T16:00:00Z")).as("Saturday 11:00 EST").isTrue();
    }

    @Test
    void closed_between_spans_after_hours_and_on_days_not_listed() {
        assertThat(openAt("2026-12-07T13:59:59Z")).as("Monday 8:59:59 EST").isFalse();
        assertThat(openAt("2026-12-07T17:45:00Z")).as("Monday 12:45 EST, lunch").isFalse();
        assertThat(openAt("2026-12-07T22:00:00Z"))
                .as("Monday 17:00 EST, closing is excluded")
                .isFalse();
        assertThat(openAt("2026-12-08T15:00:00Z")).as("Tuesday, not listed").isFalse();
        assertThat(openAt("2026-12-13T15:00:00Z")).as("Sunday").isFalse();
    }

    @Test
    void closed_all_day_on_a_holiday() {
        assertThat(openAt("2026-12-25T15:00:00Z"))
                .as("Friday 25 December 10:00 EST")
                .isFalse();
        assertThat(openAt("2026-12-18T15:00:00Z"))
                .as("the Friday before, same hour")
                .isTrue();
    }

    @Test
    void the_day_and_the_holiday_are_the_zone_s_not_utc_s() {
        // Saturday 01:30 UTC is still Friday 20:30 in New York: closed, though Saturday 01:30 is no span either.
        assertThat(openAt("2026-12-12T01:30:00Z")).isFalse();
        // Saturday 02:00 UTC after Christmas is 21:00 on 25 December in New York: the holiday, not Saturday.
        assertThat(openAt("2026-12-26T03:30:00Z")).isFalse();
        // Monday 9:30 in New York is 14:30 UTC in winter and 13:30 UTC in summer (daylight saving time).
        assertThat(openAt("2026-07-06T13:30:00Z")).as("Monday 9:30 EDT").isTrue();
        assertThat(openAt("2026-12-07T13:30:00Z")).as("Monday 8:30 EST").isFalse();
    }

    @Test
    void a_span_can_run_to_midnight_and_always_is_always_open() {
        BusinessHours lateShift = new BusinessHours(
                ZoneId.of("UTC"), Map.of(DayOfWeek.MONDAY, List.of(OpeningSpan.parse("20:00-24:00"))), Set.of());
        assertThat(lateShift.isOpen(Instant.parse("2026-12-07T23:59:59Z"))).isTrue();
        assertThat(lateShift.isOpen(Instant.parse("2026-12-08T00:00:00Z"))).isFalse();
        assertThat(BusinessHours.always().isOpen(Instant.parse("2026-12-25T03:00:00Z")))
                .isTrue();
    }

    @Test
    void a_malformed_span_is_refused() {
        assertThatThrownBy(() -> OpeningSpan.parse("17:00-09:00")).hasMessageContaining("close after it opens");
        assertThatThrownBy(() -> OpeningSpan.parse("9am-5pm")).hasMessageContaining("09:00-17:30");
        assertThatThrownBy(() -> OpeningSpan.parse("09:00")).hasMessageContaining("09:00-17:30");
    }
}
