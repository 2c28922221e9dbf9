package dev.penny.intents.versions;

import dev.penny.intents.catalog.Catalog;

/** Computes {@link CatalogDiff}s. */
final class CatalogDiffs {

    private CatalogDiffs() {}

    static CatalogDiff between(Catalog before, Catalog after) {
        // TODO(catalog-domain helper): implement
        throw new UnsupportedOperationException("not yet");
    }
}
