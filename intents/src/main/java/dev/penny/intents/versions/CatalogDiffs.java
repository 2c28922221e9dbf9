package dev.penny.intents.versions;

import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.catalog.Intent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Computes {@link CatalogDiff}s. Examples are compared as sets: reordering them or listing one twice teaches the
 * classifier nothing new, so it is not a change an owner needs to review.
 */
final class CatalogDiffs {

    private record Field(String name, Function<Intent, Object> value) {}

    private static final List<Field> FIELDS = List.of(
            new Field("title", Intent::title),
            new Field("answer", Intent::answer),
            new Field("quickReplies", Intent::quickReplies),
            new Field("followUps", Intent::followUps),
            new Field("tags", Intent::tags),
            new Field("locale", Intent::locale));

    private CatalogDiffs() {}

    static CatalogDiff between(Catalog before, Catalog after) {
        Map<String, Intent> old = byId(before);
        Map<String, Intent> now = byId(after);
        List<String> added =
                now.keySet().stream().filter(id -> !old.containsKey(id)).toList();
        List<String> removed =
                old.keySet().stream().filter(id -> !now.containsKey(id)).toList();
        List<IntentChange> changed = new ArrayList<>();
        for (Map.Entry<String, Intent> entry : now.entrySet()) {
            Intent previous = old.get(entry.getKey());
            if (previous != null) {
                IntentChange change = change(previous, entry.getValue());
                if (!change.changedFields().isEmpty()) {
                    changed.add(change);
                }
            }
        }
        return new CatalogDiff(added, removed, changed);
    }

    private static IntentChange change(Intent before, Intent after) {
        List<String> fields = new ArrayList<>();
        for (Field field : FIELDS) {
            if (!Objects.equals(field.value().apply(before), field.value().apply(after))) {
                fields.add(field.name());
            }
        }
        List<String> examplesAdded = minus(after.examples(), before.examples());
        List<String> examplesRemoved = minus(before.examples(), after.examples());
        if (!examplesAdded.isEmpty() || !examplesRemoved.isEmpty()) {
            fields.add("examples");
        }
        return new IntentChange(after.id(), fields, examplesAdded, examplesRemoved, before.answer(), after.answer());
    }

    private static List<String> minus(List<String> these, List<String> those) {
        Set<String> remaining = new LinkedHashSet<>(these);
        those.forEach(remaining::remove);
        return List.copyOf(remaining);
    }

    /** Sorted by id; should a catalog hold an id twice (validation refuses that), the first one counts. */
    private static Map<String, Intent> byId(Catalog catalog) {
        Map<String, Intent> intents = new TreeMap<>();
        catalog.intents().forEach(intent -> intents.putIfAbsent(intent.id(), intent));
        return intents;
    }
}
