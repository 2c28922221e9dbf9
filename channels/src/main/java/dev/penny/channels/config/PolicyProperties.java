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
 *     similarity, else hands off; unset: calibrated for passage-precision on the catalog's own labelled questions
 *     (intent examples that link to an article, else the articles' titles and headings) when they give a threshold,
 *     else 0.93, measured for 0.90 answered-precision (docs/knowledge.md)
 * @param passagePrecision the share of article quotes that must be right, for the calibrated passage threshold
 * @param outOfScopeIntent the catalog intent whose answer replies to questions the classifier finds out of scope,
 *     instead of an LLM grounded on the nearest FAQ entry (an article passage that clears the passage threshold still
 *     wins); unset: none, out-of-scope questions go to the LLM (or a person) as unsure ones do. An intent the catalog
 *     lacks is ignored, with a warning when the catalog is loaded or published
 */
public record PolicyProperties(
        Double minAnswerConfidence,
        Double answeredPrecision,
        Double choiceMargin,
        Double minGroundingScore,
        String handoffIntent,
        Integer maxChoices,
        Integer groundingEntries,
        Double minPassageScore,
        Double passagePrecision,
        String outOfScopeIntent) {

    /**
     * The passage precision asked for unless configured: the answered-precision at which the default passage
     * threshold was measured; the intent thresholds' 0.98 is out of reach of the encoder's passage scores on the sets
     * measured (docs/benchmarks.md, "Passage threshold").
     */
    public static final double DEFAULT_PASSAGE_PRECISION = 0.90;

    public PolicyProperties {
        answeredPrecision = answeredPrecision == null ? 0.98 : answeredPrecision;
        passagePrecision = passagePrecision == null ? DEFAULT_PASSAGE_PRECISION : passagePrecision;
        if (!(passagePrecision > 0 && passagePrecision < 1)) {
            throw new IllegalArgumentException(
                    "penny.policy.passage-precision must be between 0 and 1, was " + passagePrecision);
        }
    }

    static PolicyProperties unset() {
        return new PolicyProperties(null, null, null, null, null, null, null, null, null, null);
    }
}
