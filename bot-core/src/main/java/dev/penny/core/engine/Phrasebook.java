package dev.penny.core.engine;

import java.util.Locale;

/**
 * Where the bot's phrases come from: one {@link BotPhrases} per catalog locale. Penny ships {@link BundledPhrasebook}
 * (English and Korean); an application replaces it to reword the bot or to add a language.
 */
public interface Phrasebook {

    /**
     * The phrases for a catalog's locale; a locale without phrases of its own gets the nearest one that has them,
     * English last.
     */
    BotPhrases phrases(Locale locale);
}
