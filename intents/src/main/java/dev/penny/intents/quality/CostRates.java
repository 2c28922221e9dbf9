package dev.penny.intents.quality;

import dev.penny.core.cost.CostSettings;

/**
 * What a question costs, for pricing a threshold: every question is classified; one the FAQ does not answer goes
 * either to the LLM or to an agent. Money in micro-dollars.
 *
 * @param classificationMicros classifying one question locally
 * @param llmMicrosPerEscalation one grounded LLM answer
 * @param agentMicrosPerEscalation an agent's time for one question
 * @param questionsPerConversation how many questions a conversation asks on average
 */
public record CostRates(
        long classificationMicros,
        long llmMicrosPerEscalation,
        long agentMicrosPerEscalation,
        double questionsPerConversation) {

    public CostRates {
        if (classificationMicros < 0 || llmMicrosPerEscalation < 0 || agentMicrosPerEscalation < 0) {
            throw new IllegalArgumentException("costs must not be negative");
        }
        if (!(questionsPerConversation > 0) || Double.isInfinite(questionsPerConversation)) {
            throw new IllegalArgumentException(
                    "questionsPerConversation must be positive, was " + questionsPerConversation);
        }
    }

    /**
     * The rates Penny's cost settings imply: an LLM call of the settings' estimated prompt tokens plus {@code
     * questionTokens} in and the estimated answer tokens out; an agent spending {@code agentSecondsPerQuestion}.
     */
    public static CostRates from(
            CostSettings settings, long questionTokens, long agentSecondsPerQuestion, double questionsPerConversation) {
        long llm = settings.llmPrice().inputCost(settings.estimatedPromptTokens() + questionTokens)
                + settings.llmPrice().outputCost(settings.estimatedAnswerTokens());
        return new CostRates(
                settings.classificationMicroDollars(),
                llm,
                settings.agentCost(agentSecondsPerQuestion),
                questionsPerConversation);
    }

    /** What 1,000 conversations cost when {@code escalatedShare} of their questions escalate at {@code perEscalation}. */
    long per1000Conversations(double escalatedShare, long perEscalation) {
        double questions = 1000 * questionsPerConversation;
        return Math.round(questions * (classificationMicros + escalatedShare * perEscalation));
    }
}
