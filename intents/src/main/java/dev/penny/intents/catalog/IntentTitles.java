package dev.penny.intents.catalog;

import java.util.Locale;

/** Turns intent ids into titles a visitor can read. */
public final class IntentTitles {

    private IntentTitles() {}

    /** {@code card_arrival} becomes "Card arrival"; separators {@code _ - .} become spaces. */
    public static String humanise(String id) {
        String words = id.replaceAll("[_.\\-]+", " ").strip().replaceAll("\\s+", " ");
        if (words.isEmpty()) {
            return words;
        }
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
