package dev.penny.core.policy;

import java.util.List;
import java.util.function.Consumer;

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
 * @param handoffPhrases phrases that mean the visitor asks for a person: requests anywhere in a message as whole
 *     words, and (marked with a leading {@code =}) lone words that count only as the whole message; {@code a/b} is
 *     either word, {@code word?} an optional one, {@code word*} a word that runs on
 * @param maxChoices at most this many intents are offered in a choice, at least 2
 * @param groundingEntries how many of the best FAQ matches and article passages the LLM is given, together
 * @param minPassageScore without an LLM, the bot quotes the best article passage when it scores at least this; below
 *     it the visitor goes to a person. Calibrated like the intent thresholds (see {@link #DEFAULT_MIN_PASSAGE_SCORE})
 * @param passageThresholdOrigin where {@code minPassageScore} came from ("configured", "default", "calibrated …"), as
 *     the reasons that weigh a passage name it; empty when unknown
 * @param outOfScopeIntentId the catalog intent whose FAQ answer replies to a message the classifier finds out of
 *     scope (say what the bot can help with, offer a person), instead of grounding an LLM on the nearest FAQ entry;
 *     blank (the default) to ground the LLM as for any unsure message. An article passage that clears
 *     {@code minPassageScore} still wins over it
 */
public record PolicySettings(
        double minAnswerConfidence,
        double choiceMargin,
        double minGroundingScore,
        boolean llmConfigured,
        String handoffIntentId,
        List<String> handoffPhrases,
        int maxChoices,
        int groundingEntries,
        double minPassageScore,
        String passageThresholdOrigin,
        String outOfScopeIntentId) {

    /**
     * The passage score from which quoting the best passage was right 90% of the time (answered-precision, with the
     * intent thresholds' statistical margin) on two labelled retrieval sets with Penny's default encoder, counting
     * each question also as one its articles do not answer; the stricter of the two sets' thresholds, rounded.
     * docs/knowledge.md says how it is measured, and {@code penny-eval --articles} measures it on any set.
     */
    public static final double DEFAULT_MIN_PASSAGE_SCORE = 0.93;

    /**
     * Phrases that mean "a person, please" in English: requests, and lone words only as the whole message (the syntax
     * is {@code HumanRequest}'s), so that "my travel agent" or "human error" is not a request.
     */
    public static final List<String> ENGLISH_HANDOFF_PHRASES = List.of(
            "=please? a/an/the? real/actual/live? human/humans/person/people/agent/agents/representative/rep/operator"
                    + "/someone/manager please/pls/now/asap?",
            "=customer service/support/care please?",
            "talk/speak/chat/talking/speaking to/with a/an/some/your/one/any? real/live/actual/human? customer?"
                    + " service/support/care? person/human/humans/people/agent/representative/rep/operator/someone"
                    + "/somebody/anyone/staff/team/manager/supervisor",
            "connect/put me? through? to/with a/an/your/some? real/live/human? customer? service/support/care? person"
                    + "/human/agent/representative/operator/someone/somebody/staff/team/manager/supervisor",
            "transfer me to",
            "live agent/person/human/representative/operator/chat/support",
            "human agent/representative/operator/being/support",
            "want/need/get/give/request me? a/an? real/live/human? person/human/agent/representative/operator"
                    + "/manager/supervisor",
            "human/humans/person/people/agent/someone/somebody/anyone/anybody I/we can talk/speak/chat to/with",
            "is/are anyone/anybody/someone there/available/around/online",
            "any/a human/humans/person/people/agent/agents there/available/around/online",
            "escalate/escalating this/it/me? to a/an/your? human/person/agent/manager/supervisor/someone");

    public PolicySettings {
        requireUnit("minAnswerConfidence", minAnswerConfidence);
        requireUnit("choiceMargin", choiceMargin);
        requireUnit("minGroundingScore", minGroundingScore);
        requireUnit("minPassageScore", minPassageScore);
        handoffIntentId = handoffIntentId == null ? "" : handoffIntentId.strip();
        handoffPhrases = handoffPhrases == null ? List.of() : List.copyOf(handoffPhrases);
        passageThresholdOrigin = passageThresholdOrigin == null ? "" : passageThresholdOrigin.strip();
        outOfScopeIntentId = outOfScopeIntentId == null ? "" : outOfScopeIntentId.strip();
        if (maxChoices < 2) {
            throw new IllegalArgumentException("maxChoices must be at least 2");
        }
        if (groundingEntries < 1) {
            throw new IllegalArgumentException("groundingEntries must be at least 1");
        }
    }

    /**
     * Confidence 0.6, choice margin 0.15, grounding score 0.5, no LLM, handoff intent {@code talk_to_human}, the
     * English handoff phrases, up to 3 choices, 2 grounding entries, the default passage threshold, no out-of-scope
     * intent.
     */
    public static PolicySettings defaults() {
        return new PolicySettings(0.6, 0.15, 0.5, false, "talk_to_human", ENGLISH_HANDOFF_PHRASES, 3, 2);
    }

    /** Settings without an out-of-scope intent. */
    public PolicySettings(
            double minAnswerConfidence,
            double choiceMargin,
            double minGroundingScore,
            boolean llmConfigured,
            String handoffIntentId,
            List<String> handoffPhrases,
            int maxChoices,
            int groundingEntries,
            double minPassageScore,
            String passageThresholdOrigin) {
        this(
                minAnswerConfidence,
                choiceMargin,
                minGroundingScore,
                llmConfigured,
                handoffIntentId,
                handoffPhrases,
                maxChoices,
                groundingEntries,
                minPassageScore,
                passageThresholdOrigin,
                "");
    }

    /** Settings with a passage threshold whose origin is not named. */
    public PolicySettings(
            double minAnswerConfidence,
            double choiceMargin,
            double minGroundingScore,
            boolean llmConfigured,
            String handoffIntentId,
            List<String> handoffPhrases,
            int maxChoices,
            int groundingEntries,
            double minPassageScore) {
        this(
                minAnswerConfidence,
                choiceMargin,
                minGroundingScore,
                llmConfigured,
                handoffIntentId,
                handoffPhrases,
                maxChoices,
                groundingEntries,
                minPassageScore,
                "");
    }

    /** Settings with the default passage threshold, {@link #DEFAULT_MIN_PASSAGE_SCORE}. */
    public PolicySettings(
            double minAnswerConfidence,
            double choiceMargin,
            double minGroundingScore,
            boolean llmConfigured,
            String handoffIntentId,
            List<String> handoffPhrases,
            int maxChoices,
            int groundingEntries) {
        this(
                minAnswerConfidence,
                choiceMargin,
                minGroundingScore,
                llmConfigured,
                handoffIntentId,
                handoffPhrases,
                maxChoices,
                groundingEntries,
                DEFAULT_MIN_PASSAGE_SCORE);
    }

    /** These settings, with another passage threshold whose origin is not named. */
    public PolicySettings withMinPassageScore(double score) {
        return withMinPassageScore(score, "");
    }

    /** These settings, with another passage threshold and where it came from. */
    public PolicySettings withMinPassageScore(double score, String origin) {
        return with(c -> {
            c.minPassageScore = score;
            c.passageThresholdOrigin = origin;
        });
    }

    /** These settings, with or without an LLM. */
    public PolicySettings withLlmConfigured(boolean configured) {
        return with(c -> c.llmConfigured = configured);
    }

    /** These settings, with the phrases of another language. */
    public PolicySettings withHandoffPhrases(List<String> phrases) {
        return with(c -> c.handoffPhrases = phrases);
    }

    /** These settings, answering out-of-scope messages with another intent's answer; blank for none. */
    public PolicySettings withOutOfScopeIntent(String intentId) {
        return with(c -> c.outOfScopeIntentId = intentId);
    }

    /** A copy of these settings with {@code change} applied, checked as any settings are. */
    private PolicySettings with(Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return new PolicySettings(
                copy.minAnswerConfidence,
                copy.choiceMargin,
                copy.minGroundingScore,
                copy.llmConfigured,
                copy.handoffIntentId,
                copy.handoffPhrases,
                copy.maxChoices,
                copy.groundingEntries,
                copy.minPassageScore,
                copy.passageThresholdOrigin,
                copy.outOfScopeIntentId);
    }

    /** The fields of a copy being changed, so each wither names only what it changes. */
    private static final class Copy {
        double minAnswerConfidence;
        double choiceMargin;
        double minGroundingScore;
        boolean llmConfigured;
        String handoffIntentId;
        List<String> handoffPhrases;
        int maxChoices;
        int groundingEntries;
        double minPassageScore;
        String passageThresholdOrigin;
        String outOfScopeIntentId;

        Copy(PolicySettings s) {
            minAnswerConfidence = s.minAnswerConfidence;
            choiceMargin = s.choiceMargin;
            minGroundingScore = s.minGroundingScore;
            llmConfigured = s.llmConfigured;
            handoffIntentId = s.handoffIntentId;
            handoffPhrases = s.handoffPhrases;
            maxChoices = s.maxChoices;
            groundingEntries = s.groundingEntries;
            minPassageScore = s.minPassageScore;
            passageThresholdOrigin = s.passageThresholdOrigin;
            outOfScopeIntentId = s.outOfScopeIntentId;
        }
    }

    /** Whether out-of-scope messages are answered from an intent of the catalog rather than by the LLM. */
    public boolean hasOutOfScopeIntent() {
        return !outOfScopeIntentId.isEmpty();
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
