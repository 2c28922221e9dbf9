package dev.penny.intents.quality;

import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.catalog.Intent;
import dev.penny.intents.catalog.IntentChecks;
import java.util.Comparator;
import java.util.List;

/** Intents with fewer distinct examples than recommended, counted as the validator counts them. */
final class ThinIntents {

    private ThinIntents() {}

    static List<ThinIntent> of(Catalog catalog, int recommended) {
        return catalog.intents().stream()
                .map(intent -> new ThinIntent(intent.id(), distinct(intent), recommended))
                .filter(thin -> thin.examples() < recommended)
                .sorted(Comparator.comparingInt(ThinIntent::examples)) // stable: catalog order among equals
                .toList();
    }

    private static int distinct(Intent intent) {
        return (int) intent.examples().stream()
                .map(IntentChecks::normalise)
                .filter(e -> !e.isEmpty())
                .distinct()
                .count();
    }
}
