package dev.penny.intents.quality;

import dev.penny.core.cost.CostSettings;
import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.catalog.CatalogLoader;
import dev.penny.intents.classifier.TrainingOptions;
import dev.penny.intents.encoder.CachingSentenceEncoder;
import dev.penny.intents.encoder.EncoderModel;
import dev.penny.intents.encoder.OnnxSentenceEncoder;
import java.nio.file.Path;

/**
 * Prints how long the quality report takes for a catalog, with a cold encoder cache and again with a warm one, and
 * the report's headline figures. Not a test: a measurement, run by hand after {@code mvn -B verify}, from {@code
 * intents/}: {@code java -cp target/classes:target/test-classes:target/penny-eval.jar
 * dev.penny.intents.quality.ReportTimes}.
 */
public final class ReportTimes {

    private ReportTimes() {}

    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "../channels/src/main/resources/catalog/demo-bank.yml");
        int folds = args.length > 1 ? Integer.parseInt(args[1]) : CatalogQuality.DEFAULT_FOLDS;
        Catalog catalog = new CatalogLoader().load(file).catalog();
        CostRates rates = CostRates.from(CostSettings.defaults(), 20, 180, 1.5);
        try (CachingSentenceEncoder encoder =
                new CachingSentenceEncoder(OnnxSentenceEncoder.load(EncoderModel.bgeSmallEnV15Quantized()), 100_000)) {
            CatalogQuality quality = new CatalogQuality(
                    encoder, TrainingOptions.defaults(), rates, CatalogQuality.DEFAULT_ANSWERED_PRECISION);
            for (String run : new String[] {"cold", "warm"}) {
                long started = System.nanoTime();
                QualityReport report = quality.report(catalog, folds);
                System.out.printf(
                        "%s: %d intents, %d examples, %d folds: %d ms; accuracy %.4f, calibrated threshold %s%n",
                        run,
                        catalog.intents().size(),
                        report.examples(),
                        report.folds(),
                        (System.nanoTime() - started) / 1_000_000,
                        report.accuracy(),
                        report.calibratedThreshold());
                if (run.equals("warm")) {
                    report.confusedPairs().stream().limit(3).forEach(p -> System.out.println("  confused " + p));
                    report.curve().stream()
                            .filter(p -> Math.round(p.threshold() * 20) % 4 == 0)
                            .forEach(p -> System.out.println("  " + p));
                }
            }
        }
    }
}
