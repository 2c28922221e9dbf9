package dev.penny.intents.catalog;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Where each part of a parsed catalog came from, so validation can name lines although {@link Catalog}
 * holds only values. Intents are numbered by their position in {@link Catalog#intents()}, items by
 * their position in the intent's list. Unknown positions fall back to the enclosing field, then to the
 * intent, then to 0.
 */
final class SourceLines {

    private final Map<String, Integer> lines = new HashMap<>();
    private final Set<String> malformed = new HashSet<>();

    /** For catalogs that never were a file. */
    static SourceLines none() {
        return new SourceLines();
    }

    void recordIntent(int intent, int line, YamlMapping fields) {
        lines.put(key(intent), line);
        for (String field : DocumentReader.INTENT_KEYS) {
            if (fields.has(field)) {
                lines.put(key(intent, field), fields.line(field));
            }
            if (fields.malformed(field)) {
                malformed.add(key(intent, field));
            }
        }
    }

    void recordItems(int intent, String field, List<ScalarNode> items) {
        for (int i = 0; i < items.size(); i++) {
            lines.put(key(intent, field) + "#" + i, YamlMapping.line(items.get(i)));
        }
    }

    int intent(int intent) {
        return lines.getOrDefault(key(intent), 0);
    }

    int field(int intent, String field) {
        return lines.getOrDefault(key(intent, field), intent(intent));
    }

    int item(int intent, String field, int item) {
        return lines.getOrDefault(key(intent, field) + "#" + item, field(intent, field));
    }

    /** Whether the field had the wrong shape, so the parser has already said what is wrong with it. */
    boolean malformed(int intent, String field) {
        return malformed.contains(key(intent, field));
    }

    private static String key(int intent) {
        return Integer.toString(intent);
    }

    private static String key(int intent, String field) {
        return intent + "." + field;
    }
}
