package dev.penny.intents.versions;

import java.time.Clock;

class InMemoryCatalogStoreTest extends CatalogStoreContract {

    @Override
    protected CatalogStore newStore(Clock clock) {
        return new InMemoryCatalogStore(clock);
    }
}
