package dev.penny.channels.analytics;

import dev.penny.core.analytics.Measures;
import dev.penny.core.cost.CostKind;
import dev.penny.core.policy.Route;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of the analytics page for one bucket, range or catalog version, derived from its counts as {@code
 * docs/analytics.md} explains. Rates are fractions to four decimals, null when there is nothing to divide by; money is
 * integer micro-dollars.
 *
 * @param answers bot answers by route: faq, choice, llm, human
 * @param routeShares each route's share of the bot answers
 * @param automationRate conversations no person took part in, of the conversations started
 * @param handoffRate conversations handed to the agents' queue, of the conversations started
 * @param llmMicroUsd what the visitors' LLM calls cost
 * @param botMicroUsd what the bot spent on visitors: their LLM calls and local classification
 * @param editorLlmCalls the editor's LLM calls (suggested examples), made for no visitor
 * @param editorLlmMicroUsd what they cost: editor spending, drawn from the same daily LLM budget, never counted in the
 *     bot's spend or the savings
 * @param allLlmMicroUsd the ledger's estimate for sending every visitor message to the LLM instead
 * @param savingsMicroUsd the estimate less what the bot spent
 */
record Figures(
        long conversations,
        long visitorMessages,
        Map<String, Long> answers,
        Map<String, Double> routeShares,
        Double automationRate,
        Double handoffRate,
        long handedOff,
        long withPerson,
        long closed,
        long llmCalls,
        long helpful,
        long unhelpful,
        long ratings,
        Double meanRating,
        long llmMicroUsd,
        long botMicroUsd,
        long allLlmMicroUsd,
        long savingsMicroUsd,
        long agentSeconds,
        long agentMicroUsd,
        long editorLlmCalls,
        long editorLlmMicroUsd) {

    static Figures of(Map<String, Long> counts) {
        Map<String, Long> answers = new LinkedHashMap<>();
        for (Route route : Route.values()) {
            answers.put(route.name().toLowerCase(Locale.ROOT), count(counts, Measures.answers(route)));
        }
        long answered = answers.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Double> shares = new LinkedHashMap<>();
        answers.forEach((route, n) -> shares.put(route, share(n, answered)));
        long conversations = count(counts, Measures.CONVERSATIONS);
        long withPerson = count(counts, Measures.WITH_PERSON);
        long handedOff = count(counts, Measures.HANDED_OFF);
        long llm = micros(counts, CostKind.LLM_INPUT_TOKENS) + micros(counts, CostKind.LLM_OUTPUT_TOKENS);
        long bot = llm + micros(counts, CostKind.LOCAL_CLASSIFICATION);
        long allLlm = micros(counts, CostKind.ALL_LLM_BASELINE);
        long ratings = count(counts, Measures.RATINGS);
        return new Figures(
                conversations,
                count(counts, Measures.VISITOR_MESSAGES),
                answers,
                shares,
                // a conversation started in one hour may meet its agent in the next: never below 0
                conversations == 0 ? null : share(Math.max(0, conversations - withPerson), conversations),
                conversations == 0 ? null : share(Math.min(handedOff, conversations), conversations),
                handedOff,
                withPerson,
                count(counts, Measures.CLOSED),
                count(counts, Measures.LLM_CALLS),
                count(counts, Measures.HELPFUL),
                count(counts, Measures.UNHELPFUL),
                ratings,
                ratings == 0 ? null : Math.round(100.0 * count(counts, Measures.RATING_SUM) / ratings) / 100.0,
                llm,
                bot,
                allLlm,
                allLlm - bot,
                count(counts, Measures.units(CostKind.AGENT_SECONDS)),
                micros(counts, CostKind.AGENT_SECONDS),
                count(counts, Measures.EDITOR_LLM_CALLS),
                micros(counts, CostKind.EDITOR_LLM_INPUT_TOKENS) + micros(counts, CostKind.EDITOR_LLM_OUTPUT_TOKENS));
    }

    private static long count(Map<String, Long> counts, String measure) {
        return counts.getOrDefault(measure, 0L);
    }

    private static long micros(Map<String, Long> counts, CostKind kind) {
        return count(counts, Measures.microDollars(kind));
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : Math.round(10_000.0 * part / whole) / 10_000.0;
    }
}
