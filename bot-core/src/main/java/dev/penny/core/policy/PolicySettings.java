package dev.penny.core.policy;

import java.util.List;

/**
 * The named thresholds of the escalation policy.
 *
 * <p>The defaults are starting points, not measurements: replace them with values derived from evaluating the
 * classifier and retriever on the catalog in use.
 *
 * @param minAnswerConfidence the bot answers from the FAQ when the best intent is at least this confident (and not
 *     ambiguous); intent confidences are calibrated, so this is about the share of such answers that are right
 * @param choiceMargin intents whose confidence is within this of the best one are "close"; when two or more are close
 *     and together reach {@code minAnswerConfidence}, the visitor is asked which one they meant
 * @param minGroundingScore the LLM is asked only when the best FAQ match scores at least this; below it the FAQ has
 *     nothing to ground an answer on
 * @param llmConfigured whether an LLM is available at all
 * @param handoffIntentId the catalog intent meaning "let me talk to a person"; blank when the catalog has none
 * @param handoffPhrases phrases that, anywhere in a message as whole words, mean the visitor asks for a person
 * @param maxChoices at most this many intents are offered in a choice, at least 2
 * @param groundingEntries how many of the best FAQ matches the LLM is given
 */
public record PolicySettings(
        double minAnswerConfidence,
        double choiceMargin,
        double minGroundingScore,
        boolean llmConfigured,
        String handoffIntentId,
        List<String> handoffPhrases,
        int maxChoices,
        int groundingEntries) {

    /** Phrases that mean "a person, please" in English. */
    public static final List<String> ENGLISH_HANDOFF_PHRASES = List.of(
            "agent",
            "human",
            "real person",
            "talk to someone",
            "speak to someone",
            "talk to a person",
            "speak to a person",
            "operator",
            "representative");

    public PolicySettings {
        requireUnit("minAnswerConfidence", minAnswerConfidence);
        requireUnit("choiceMargin", choiceMargin);
        requireUnit("minGroundingScore", minGroundingScore);
        handoffIntentId = handoffIntentId == null ? "" : handoffIntentId.strip();
        handoffPhrases = handoffPhrases == null ? List.of() : List.copyOf(handoffPhrases);
        if (maxChoices < 2) {
            throw new IllegalArgumentException("maxChoices must be at least 2");
        }
        if (groundingEntries < 1) {
            throw new IllegalArgumentException("groundingEntries must be at least 1");
        }
    }

    /**
     * Confidence 0.6, choice margin 0.15, grounding score 0.5, no LLM, handoff intent {@code talk_to_human}, the
     * English handoff phrases, up to 3 choices, 3 grounding entries.
     */
    public static PolicySettings defaults() {
        return new PolicySettings(0.6, 0.15, 0.5, false, "talk_to_human", ENGLISH_HANDOFF_PHRASES, 3, 3);
    }

    /** These settings, with or without an LLM. */
    public PolicySettings withLlmConfigured(boolean configured) {
        return new PolicySettings(
                minAnswerConfidence,
                choiceMargin,
                minGroundingScore,
                configured,
                handoffIntentId,
                handoffPhrases,
                maxChoices,
                groundingEntries);
    }

    boolean isHandoffIntent(String intentId) {
        return !handoffIntentId.isEmpty() && handoffIntentId.equals(intentId);
    }

    private static void requireUnit(String name, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], was " + value);
        }
    }
}
