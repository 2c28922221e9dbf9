package dev.penny.core.desk;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * When people answer visitors: a weekly schedule and holidays, in one time zone. Outside them a visitor who needs a
 * person is told so at once and invited to leave a message, instead of waiting in a queue nobody reads.
 *
 * @param zone the time zone the schedule and holidays are in
 * @param week the opening spans of each day of the week; a day not listed is closed all day
 * @param holidays dates (in {@code zone}) closed all day whatever the weekly schedule says
 */
public record BusinessHours(ZoneId zone, Map<DayOfWeek, List<OpeningSpan>> week, Set<LocalDate> holidays) {

    public BusinessHours {
        Objects.requireNonNull(zone, "zone");
        Map<DayOfWeek, List<OpeningSpan>> copy = new EnumMap<>(DayOfWeek.class);
        week.forEach((day, spans) -> copy.put(day, List.copyOf(spans)));
        week = Map.copyOf(copy);
        holidays = Set.copyOf(holidays);
    }

    /** Open at every hour of every day: what Penny does when no business hours are configured. */
    public static BusinessHours always() {
        Map<DayOfWeek, List<OpeningSpan>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, List.of(OpeningSpan.parse("00:00-24:00")));
        }
        return new BusinessHours(ZoneId.of("UTC"), week, Set.of());
    }

    /** Whether people answer at this instant. */
    public boolean isOpen(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        if (holidays.contains(local.toLocalDate())) {
            return false;
        }
        return week.getOrDefault(local.getDayOfWeek(), List.of()).stream()
                .anyMatch(span -> span.contains(local.toLocalTime()));
    }
}
