package dev.penny.channels.desk;

import dev.penny.core.desk.BusinessHours;
import dev.penny.core.desk.OpeningSpan;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Business hours ({@code penny.desk.hours.*}): outside them a visitor who needs a person is told so and invited to
 * leave a message, and no agent is tried. A malformed value stops start-up with a message naming it.
 *
 * @param zone the IANA time zone of the schedule and the holidays, e.g. Europe/Paris; empty (the default): people
 *     answer at all hours and the other settings must be empty too
 * @param weekly the opening hours of each day, e.g. monday: 09:00-12:30, 13:30-17:00; a day not listed is closed
 * @param holidays dates closed all day, e.g. 2026-12-25
 */
public record BusinessHoursProperties(String zone, Map<String, String> weekly, List<String> holidays) {

    public BusinessHoursProperties {
        zone = zone == null ? "" : zone.strip();
        weekly = weekly == null ? Map.of() : Map.copyOf(weekly);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        hours(zone, weekly, holidays); // refuses anything malformed at start-up
    }

    /** The business hours these describe; {@link BusinessHours#always()} when no zone is set. */
    public BusinessHours businessHours() {
        return hours(zone, weekly, holidays);
    }

    private static BusinessHours hours(String zone, Map<String, String> weekly, List<String> holidays) {
        if (zone.isEmpty()) {
            if (!weekly.isEmpty() || !holidays.isEmpty()) {
                throw new IllegalArgumentException(
                        "penny.desk.hours.zone is required with weekly hours or holidays, e.g. Europe/Paris");
            }
            return BusinessHours.always();
        }
        return new BusinessHours(zoneId(zone), week(weekly), dates(holidays));
    }

    private static ZoneId zoneId(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("penny.desk.hours.zone: '" + zone
                    + "' is not a time zone; use an IANA id such as Europe/Paris or Asia/Seoul");
        }
    }

    private static Map<DayOfWeek, List<OpeningSpan>> week(Map<String, String> weekly) {
        Map<DayOfWeek, List<OpeningSpan>> week = new EnumMap<>(DayOfWeek.class);
        weekly.forEach((day, spans) -> {
            DayOfWeek dayOfWeek;
            try {
                dayOfWeek = DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "penny.desk.hours.weekly: '" + day + "' is not a day of the week (monday … sunday)");
            }
            try {
                week.put(
                        dayOfWeek,
                        java.util.Arrays.stream(spans.split(","))
                                .map(OpeningSpan::parse)
                                .toList());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("penny.desk.hours.weekly." + day + ": " + e.getMessage());
            }
        });
        return week;
    }

    private static Set<LocalDate> dates(List<String> holidays) {
        Set<LocalDate> dates = new LinkedHashSet<>();
        for (String holiday : holidays) {
            try {
                dates.add(LocalDate.parse(holiday.strip()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(
                        "penny.desk.hours.holidays: '" + holiday + "' is not a date like 2026-12-25");
            }
        }
        return dates;
    }
}
