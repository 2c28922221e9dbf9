package dev.penny.intents.knowledge;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Heading anchors as GitHub and most static-site generators make them: lower case, punctuation dropped, spaces as
 * {@code -}; a repeated heading gets {@code -1}, {@code -2}, … So a citation's link lands on the section when the
 * article is published by such a tool.
 */
final class Anchors {

    private final Map<String, Integer> seen = new HashMap<>();

    String next(String heading) {
        String slug = heading.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}\\s_-]", "")
                .replaceAll("\\s", "-");
        int count = seen.merge(slug, 1, Integer::sum);
        return count == 1 ? slug : slug + "-" + (count - 1);
    }
}
