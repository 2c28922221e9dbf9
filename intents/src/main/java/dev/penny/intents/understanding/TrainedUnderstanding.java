package dev.penny.intents.understanding;

import dev.penny.core.understanding.FaqRetriever;
import dev.penny.core.understanding.IntentClassifier;
import dev.penny.intents.classifier.Calibration;
import dev.penny.intents.retriever.PassageCalibration;
import java.util.List;
import java.util.Objects;

/**
 * What an {@link UnderstandingTrainer} made of one catalog version.
 *
 * @param classifier classifies visitor messages into the catalog's intents, with calibrated confidences
 * @param retriever finds the FAQ entries closest to a question, to ground the LLM on
 * @param calibration the classifier's thresholds by answered-precision, from which the policy's default minimum
 *     confidence comes; {@link #UNCALIBRATED} when it has none, and then the configured or default threshold applies
 * @param passages the labelled questions the articles gave, from which the policy's default passage threshold comes;
 *     {@link PassageCalibration#NONE} when there are none, and then the configured or default threshold applies
 */
public record TrainedUnderstanding(
        IntentClassifier classifier, FaqRetriever retriever, Calibration calibration, PassageCalibration passages) {

    /** No operating points: the policy falls back to the configured or default minimum confidence. */
    public static final Calibration UNCALIBRATED = new Calibration(List.of(), List.of(), 0, 0);

    public TrainedUnderstanding {
        Objects.requireNonNull(classifier, "classifier");
        Objects.requireNonNull(retriever, "retriever");
        calibration = calibration == null ? UNCALIBRATED : calibration;
        passages = passages == null ? PassageCalibration.NONE : passages;
    }

    /** An understanding without a passage calibration: the configured or default passage threshold applies. */
    public TrainedUnderstanding(IntentClassifier classifier, FaqRetriever retriever, Calibration calibration) {
        this(classifier, retriever, calibration, PassageCalibration.NONE);
    }

    /** Penny's own understanding of a catalog, with its classifier's calibration and its articles'. */
    public static TrainedUnderstanding of(CatalogUnderstanding understanding) {
        return new TrainedUnderstanding(
                understanding.classifier(),
                understanding.retriever(),
                understanding.classifier().calibration(),
                understanding.passageCalibration());
    }
}
