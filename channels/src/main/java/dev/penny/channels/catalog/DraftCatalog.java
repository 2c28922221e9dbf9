package dev.penny.channels.catalog;

import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.versions.CatalogStore;
import dev.penny.intents.versions.DraftIntent;

/** The draft as one catalog, its intents in draft order and its articles, with the locale of the served version. */
final class DraftCatalog {

    private final CatalogStore store;
    private final ServedCatalog served;

    DraftCatalog(CatalogStore store, ServedCatalog served) {
        this.store = store;
        this.served = served;
    }

    Catalog read() {
        return new Catalog(
                served.catalog().locale(),
                store.draft().stream().map(DraftIntent::intent).toList(),
                store.draftArticles());
    }
}
