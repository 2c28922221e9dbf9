package dev.penny.intents.quality;

import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.catalog.LabelledExample;
import dev.penny.intents.classifier.TrainingOptions;
import dev.penny.intents.encoder.CachingSentenceEncoder;
import dev.penny.intents.encoder.SentenceEncoder;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures a draft catalog before it is published: stratified k-fold cross-validation on its own examples, training
 * each fold's classifier exactly as publishing trains the live one. Takes about as long as publishing {@code folds}
 * times, less the encoding, which happens once per text (the encoder is wrapped in a {@link CachingSentenceEncoder}
 * unless it is one already, which is better still: then publishing reuses the report's vectors).
 */
public final class CatalogQuality {

    /** Folds unless the owner asks for others. */
    public static final int DEFAULT_FOLDS = 5;

    /** Intents with fewer distinct examples than this are reported as thin. */
    public static final int RECOMMENDED_EXAMPLES = 10;

    /** The answered-precision whose calibrated threshold the report shows when no other is given (Penny's default). */
    public static final double DEFAULT_ANSWERED_PRECISION = 0.98;

    private static final Logger log = LoggerFactory.getLogger(CatalogQuality.class);

    private final List<SentenceEncoder> encoders;
    private final TrainingOptions options;
    private final CostRates rates;
    private final double answeredPrecision;

    /**
     * @param answeredPrecision the precision the policy calibrates its default threshold for; one of {@code
     *     options.targetPrecisions()}, or the report has no calibrated threshold
     */
    public CatalogQuality(SentenceEncoder encoder, TrainingOptions options, CostRates rates, double answeredPrecision) {
        this(List.of(Objects.requireNonNull(encoder, "encoder")), options, rates, answeredPrecision);
    }

    /** The report of an ensemble's classifier: one head per encoder, the primary one first, as publishing trains it. */
    public CatalogQuality(
            List<SentenceEncoder> encoders, TrainingOptions options, CostRates rates, double answeredPrecision) {
        this.encoders = List.copyOf(encoders);
        this.options = Objects.requireNonNull(options, "options");
        this.rates = Objects.requireNonNull(rates, "rates");
        this.answeredPrecision = answeredPrecision;
    }

    /** The report with {@link #DEFAULT_ANSWERED_PRECISION}, for callers that have no policy settings at hand. */
    public static QualityReport report(
            Catalog catalog, SentenceEncoder encoder, TrainingOptions options, int folds, CostRates rates) {
        return new CatalogQuality(encoder, options, rates, DEFAULT_ANSWERED_PRECISION).report(catalog, folds);
    }

    /**
     * Cross-validates {@code catalog}; the report's {@code chosenThreshold} is null (see {@link
     * QualityReport#withChosenThreshold}).
     *
     * @throws IllegalArgumentException if {@code folds} is below 2, or some fold's training set has examples of fewer
     *     than two intents (a catalog too small to cross-validate)
     */
    public QualityReport report(Catalog catalog, int folds) {
        long started = System.nanoTime();
        List<List<LabelledExample>> split = StratifiedFolds.split(catalog, folds, options.seed());
        int examples = split.stream().mapToInt(List::size).sum();
        List<SentenceEncoder> cached = encoders.stream()
                .map(encoder -> encoder instanceof CachingSentenceEncoder
                        ? encoder
                        : new CachingSentenceEncoder(
                                encoder, Math.max(examples + catalog.intents().size(), 1)))
                .toList();
        CrossValidation cv = CrossValidation.run(split, catalog.titles(), cached, options, answeredPrecision);
        QualityReport report = new QualityReport(
                split.size(),
                cv.verdicts().size(),
                cv.accuracy(),
                ConfusedPairs.of(cv.verdicts()),
                ThinIntents.of(catalog, RECOMMENDED_EXAMPLES),
                AutomationCurve.of(cv.verdicts(), rates),
                null,
                cv.calibratedThreshold(),
                null);
        log.info(
                "Cross-validated {} examples of {} intents in {} folds in {} ms: accuracy {}",
                examples,
                catalog.intents().size(),
                split.size(),
                (System.nanoTime() - started) / 1_000_000,
                String.format("%.4f", report.accuracy()));
        return report;
    }
}
