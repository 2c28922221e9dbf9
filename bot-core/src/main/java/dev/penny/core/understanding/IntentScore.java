package dev.penny.core.understanding;

/**
 * One intent and how confident the classifier is that the visitor meant it.
 *
 * @param intentId the catalog id of the intent
 * @param confidence a calibrated probability in [0, 1]: of the answers given at confidence c, about c are right
 */
public record IntentScore(String intentId, double confidence) {

    public IntentScore {
        if (intentId == null || intentId.isBlank()) {
            throw new IllegalArgumentException("intentId must not be blank");
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
        }
    }
}
