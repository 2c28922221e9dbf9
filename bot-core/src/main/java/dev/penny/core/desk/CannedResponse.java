package dev.penny.core.desk;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A reply agents insert by typing its shortcut, e.g. {@code /refund}, written once per language.
 *
 * @param locale the language tag it is written in, e.g. {@code en} or {@code ko}
 * @param shortcut what the agent types after {@code /}: lowercase letters, digits, {@code -} and {@code _}, at most 32
 * @param text the reply, 1 to {@link #MAX_LENGTH} characters
 */
public record CannedResponse(String locale, String shortcut, String text) {

    public static final int MAX_LENGTH = 2000;
    private static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Pattern SHORTCUT = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");

    public CannedResponse {
        Objects.requireNonNull(text, "text");
        requireLocale(locale);
        requireShortcut(shortcut);
        if (text.isBlank() || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("text must have 1 to " + MAX_LENGTH + " characters");
        }
    }

    /** @throws IllegalArgumentException unless {@code locale} is a language tag such as en, ko or pt-BR */
    public static String requireLocale(String locale) {
        if (locale == null || !LOCALE.matcher(locale).matches()) {
            throw new IllegalArgumentException("locale must be a language tag such as en, ko or pt-BR");
        }
        return locale;
    }

    /** @throws IllegalArgumentException unless {@code shortcut} is lowercase letters, digits, - and _ (1 to 32) */
    public static String requireShortcut(String shortcut) {
        if (shortcut == null || !SHORTCUT.matcher(shortcut).matches()) {
            throw new IllegalArgumentException(
                    "shortcut must be 1 to 32 lowercase letters, digits, - or _, starting with a letter or digit");
        }
        return shortcut;
    }
}
