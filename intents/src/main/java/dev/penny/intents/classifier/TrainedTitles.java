package dev.penny.intents.classifier;

import dev.penny.intents.catalog.LabelledExample;
import java.util.List;

/**
 * Which intent titles the classifier trains on as examples. A title is worth most to a thin catalog, where it is one
 * example in a handful; in a catalog large enough for a held-out calibration slice it is one in a hundred and, measured
 * on BANKING77 in full (docs/benchmarks.md), moved the calibrated coverage down rather than up. So titles train only
 * catalogs below {@link TrainingOptions#outOfFoldBelow()} examples, the ones calibrated out-of-fold. Blank titles and
 * titles of intents without examples are left out.
 */
final class TrainedTitles {

    private TrainedTitles() {}

    static List<LabelledExample> of(
            int examples, List<LabelledExample> titles, List<String> intentIds, TrainingOptions options) {
        if (examples >= options.outOfFoldBelow()) {
            return List.of();
        }
        return titles.stream()
                .filter(t -> !t.text().isBlank() && intentIds.contains(t.intentId()))
                .toList();
    }
}
