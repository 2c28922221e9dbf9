package dev.penny.channels.config;

import dev.penny.core.policy.PolicySettings;

/**
 * Escalation thresholds; an unset one takes the default described in {@code application.yml}.
 *
 * @param minAnswerConfidence null: the classifier's calibrated operating point at {@code answeredPrecision}
 * @param answeredPrecision the precision whose calibrated threshold is the default minimum confidence
 * @param choiceMargin null: {@link PolicySettings#defaults()}
 * @param minGroundingScore null: {@link PolicySettings#defaults()}
 * @param handoffIntent the catalog intent meaning "a person, please"; null: {@link PolicySettings#defaults()}
 * @param maxChoices null: {@link PolicySettings#defaults()}
 * @param groundingEntries null: {@link PolicySettings#defaults()}
 */
public record PolicyProperties(
        Double minAnswerConfidence,
        Double answeredPrecision,
        Double choiceMargin,
        Double minGroundingScore,
        String handoffIntent,
        Integer maxChoices,
        Integer groundingEntries) {

    public PolicyProperties {
        answeredPrecision = answeredPrecision == null ? 0.98 : answeredPrecision;
    }

    static PolicyProperties unset() {
        return new PolicyProperties(null, null, null, null, null, null, null);
    }
}
