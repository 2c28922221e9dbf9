package dev.penny.channels.config;

/**
 * Escalation thresholds; an unset one takes the default described in {@code application.yml}.
 *
 * @param minAnswerConfidence the bot answers from the FAQ when the best intent's calibrated confidence is at least
 *     this; unset: the classifier's calibrated threshold for answered-precision, else 0.6
 * @param answeredPrecision the share of FAQ answers that must be right, for the default minimum answer confidence
 * @param choiceMargin intents within this of the best one are close, and two or more close ones make a "did you mean"
 *     choice; unset: 0.15
 * @param minGroundingScore the LLM is asked only when the best FAQ match scores at least this cosine similarity;
 *     unset: 0.5
 * @param handoffIntent the catalog intent meaning "let me talk to a person"; unset: talk_to_human
 * @param maxChoices at most this many intents in a choice; unset: 3
 * @param groundingEntries how many FAQ entries and article passages, together, the LLM is given to answer from;
 *     unset: 2
 * @param minPassageScore without an LLM, the bot quotes the best article passage when it scores at least this cosine
 *     similarity, else hands off; unset: 0.93, measured for 0.90 answered-precision (docs/knowledge.md)
 */
public record PolicyProperties(
        Double minAnswerConfidence,
        Double answeredPrecision,
        Double choiceMargin,
        Double minGroundingScore,
        String handoffIntent,
        Integer maxChoices,
        Integer groundingEntries,
        Double minPassageScore) {

    public PolicyProperties {
        answeredPrecision = answeredPrecision == null ? 0.98 : answeredPrecision;
    }

    static PolicyProperties unset() {
        return new PolicyProperties(null, null, null, null, null, null, null, null);
    }
}
