package dev.penny.intents.quality;

/**
 * One threshold of the trade-off between automating and answering right.
 *
 * @param threshold the minimum top-intent confidence for answering from the FAQ
 * @param automationRate the share of questions the FAQ answers: confident enough and not out of scope
 * @param answeredPrecision the share of those answered with the right intent; 1 when none are answered
 * @param llmCostPer1000 micro-dollars for 1,000 conversations when every other question goes to the LLM
 * @param agentCostPer1000 micro-dollars for 1,000 conversations when every other question goes to an agent
 */
public record CurvePoint(
        double threshold,
        double automationRate,
        double answeredPrecision,
        long llmCostPer1000,
        long agentCostPer1000) {}
