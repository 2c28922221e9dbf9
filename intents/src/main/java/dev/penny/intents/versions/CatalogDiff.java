package dev.penny.intents.versions;

import dev.penny.intents.catalog.Catalog;
import java.util.List;

/**
 * What changed between two catalogs, by intent id: the summary shown beside every published version.
 *
 * @param added ids of intents only in the newer catalog, sorted
 * @param removed ids of intents only in the older catalog, sorted
 * @param changed the intents in both whose content differs, sorted by id
 */
public record CatalogDiff(List<String> added, List<String> removed, List<IntentChange> changed) {

    public CatalogDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /** The changes from {@code before} to {@code after}; pass an empty catalog as {@code before} for a first version. */
    public static CatalogDiff between(Catalog before, Catalog after) {
        return CatalogDiffs.between(before, after);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
