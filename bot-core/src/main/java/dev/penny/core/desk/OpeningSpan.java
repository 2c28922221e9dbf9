package dev.penny.core.desk;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * One stretch of a day during which people answer, from {@code opens} (included) to {@code closes} (excluded), in the
 * business hours' time zone.
 *
 * @param opens when it starts
 * @param closes when it ends; {@link LocalTime#MAX} for the end of the day (written {@code 24:00})
 */
public record OpeningSpan(LocalTime opens, LocalTime closes) {

    public OpeningSpan {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("an opening span must close after it opens: " + opens + "-" + closes);
        }
    }

    /** Reads {@code 09:00-17:30}; {@code 24:00} closes at the end of the day. */
    public static OpeningSpan parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException("an opening span reads like 09:00-17:30, not '" + text + "'");
        }
        try {
            LocalTime opens = LocalTime.parse(parts[0].strip());
            String end = parts[1].strip();
            LocalTime closes = end.equals("24:00") ? LocalTime.MAX : LocalTime.parse(end);
            return new OpeningSpan(opens, closes);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("an opening span reads like 09:00-17:30, not '" + text + "'", e);
        }
    }

    boolean contains(LocalTime time) {
        return !time.isBefore(opens) && (closes.equals(LocalTime.MAX) || time.isBefore(closes));
    }
}
