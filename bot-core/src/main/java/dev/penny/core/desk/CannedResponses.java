package dev.penny.core.desk;

import java.util.List;
import java.util.Optional;

/**
 * The team's canned responses, one per shortcut and language. They are the team's content, kept until deleted.
 * Implementations are safe to call from many threads.
 */
public interface CannedResponses {

    /** How many canned responses one language may have. */
    int MAX_PER_LOCALE = 500;

    /**
     * Creates or replaces the response for its locale and shortcut.
     *
     * @return true when it was created, false when it replaced one
     * @throws IllegalStateException when the locale already has {@link #MAX_PER_LOCALE} and this one is new
     */
    boolean save(CannedResponse response);

    /** The locale's responses, by shortcut. */
    List<CannedResponse> of(String locale);

    /** One response. */
    Optional<CannedResponse> find(String locale, String shortcut);

    /** @return true when there was one to delete */
    boolean delete(String locale, String shortcut);
}
