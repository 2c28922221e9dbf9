package dev.penny.channels.replay;

import dev.penny.channels.replay.ReplayVisitor.Outcome;
import dev.penny.core.cost.CostKind;
import dev.penny.core.cost.CostTotals;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What a replay measured. Shares of turns count visitor messages by the route of the bot's first answer; a choice the
 * visitor then picked from counts as a choice, not as a FAQ answer, and is right by construction, so it is kept out of
 * the answered precision. So is a reply from the out-of-scope intent ({@code penny.policy.out-of-scope-intent}): it
 * says what the bot can help with rather than answering, so it is counted apart, by what the turn was. The bot's cost
 * is what the LLM and local classification cost; agents' time is reported beside it, not in it, as the all-LLM
 * estimate has no agents either.
 */
record ReplayFigures(Map<String, Object> values) {

    /** Intercom Fin's published price per resolution, US$, for comparison. */
    static final double FIN_PER_RESOLUTION_USD = 0.99;

    /**
     * One replayed visitor message, the intent the bot answered it with from the FAQ if it did, and whether that was
     * the out-of-scope intent's reply.
     */
    record Scored(Outcome outcome, String answeredIntent, boolean outOfScopeReply) {

        Scored(Outcome outcome, String answeredIntent) {
            this(outcome, answeredIntent, false);
        }

        boolean directFaq() {
            return outcome.route().equals("faq");
        }

        boolean answered() {
            return directFaq() && !outOfScopeReply;
        }

        boolean right() {
            return outcome.line().expect().equals(answeredIntent);
        }
    }

    static ReplayFigures of(List<List<Scored>> conversations, CostTotals costs, ReplayOptions options, double seconds) {
        List<Scored> turns = conversations.stream().flatMap(List::stream).toList();
        long automated = conversations.stream()
                .filter(c -> c.stream().noneMatch(t -> route(t, "human")))
                .count();
        long faq = turns.stream().filter(Scored::directFaq).count();
        long answered = turns.stream().filter(Scored::answered).count();
        long right = turns.stream().filter(t -> t.answered() && t.right()).count();
        long oos = count(turns, ReplayCorpus.OUT_OF_SCOPE);
        long oosCaught = turns.stream()
                .filter(t -> expects(t, ReplayCorpus.OUT_OF_SCOPE) && !t.answered())
                .count();
        long persons = count(turns, ReplayCorpus.PERSON);
        long personsHandedOff = turns.stream()
                .filter(t -> expects(t, ReplayCorpus.PERSON) && route(t, "human"))
                .count();
        long choices = turns.stream().filter(t -> route(t, "choice")).count();
        long picked = turns.stream().filter(t -> t.outcome().picked()).count();
        long bot = costs.llmMicroDollars() + costs.microDollars(CostKind.LOCAL_CLASSIFICATION);
        long allLlm = costs.allLlmBaselineMicroDollars();
        int n = conversations.size();

        Map<String, Object> v = new LinkedHashMap<>();
        v.put("conversations", n);
        v.put("turns", turns.size());
        v.put("automation_rate", share(automated, n));
        v.put("answered_precision", share(right, answered));
        v.put("wrong_answer_rate", share(answered - right, turns.size()));
        v.put("oos_caught", share(oosCaught, oos));
        v.put("person_requests_handed_off", share(personsHandedOff, persons));
        v.put("faq_share", share(faq, turns.size()));
        v.put("choice_share", share(choices, turns.size()));
        v.put("choices_picked", share(picked, choices));
        v.put("llm_share", share(turns.stream().filter(t -> route(t, "llm")).count(), turns.size()));
        v.put(
                "handoff_share",
                share(turns.stream().filter(t -> route(t, "human")).count(), turns.size()));
        v.put(
                "out_of_scope_reply_share",
                share(turns.stream().filter(Scored::outOfScopeReply).count(), turns.size()));
        v.put("out_of_scope_replies_by_expectation", byExpectation(turns, Scored::outOfScopeReply));
        v.put("llm_turns_by_expectation", byExpectation(turns, "llm"));
        v.put("handoff_turns_by_expectation", byExpectation(turns, "human"));
        v.put(
                "unanswered",
                turns.stream().filter(t -> route(t, Outcome.NO_ANSWER)).count());
        v.put("llm_input_tokens", costs.units(CostKind.LLM_INPUT_TOKENS));
        v.put("llm_output_tokens", costs.units(CostKind.LLM_OUTPUT_TOKENS));
        v.put("cost_usd", usd(bot));
        v.put("all_llm_cost_usd", usd(allLlm));
        v.put("cost_per_1000_conversations_usd", usd(bot * 1000.0 / n));
        v.put("all_llm_cost_per_1000_conversations_usd", usd(allLlm * 1000.0 / n));
        v.put("cost_ratio_to_all_llm", share(bot, allLlm));
        long llmCalls = turns.stream().filter(t -> route(t, "llm")).count();
        if (llmCalls > 0) {
            // The ledger's all-LLM estimate assumes a configured prompt size; this prices every message as the LLM
            // calls of this replay actually cost on average, the like-for-like comparison.
            double perCall = (double) costs.llmMicroDollars() / llmCalls;
            v.put("llm_cost_per_call_usd", usd(perCall));
            v.put("cost_ratio_to_all_llm_at_measured_call_cost", share(bot, Math.round(perCall * turns.size())));
        }
        v.put("cost_per_automated_resolution_usd", automated == 0 ? null : usd((double) bot / automated));
        v.put("intercom_fin_per_resolution_usd", FIN_PER_RESOLUTION_USD);
        v.put("agent_seconds", costs.units(CostKind.AGENT_SECONDS));
        v.put("agent_cost_usd", usd(costs.microDollars(CostKind.AGENT_SECONDS)));
        v.put("llm_price_in_usd_per_million", options.llmInputMicroDollarsPerMillion() / 1e6);
        v.put("llm_price_out_usd_per_million", options.llmOutputMicroDollarsPerMillion() / 1e6);
        v.put("agent_delay_seconds", options.agentDelay().toMillis() / 1000.0);
        v.put("seconds", Math.round(seconds * 10) / 10.0);
        return new ReplayFigures(v);
    }

    /** Turns that took a route, by what the corpus expected of them: an intent ("faq"), oos or human. */
    private static Map<String, Long> byExpectation(List<Scored> turns, String route) {
        return byExpectation(turns, t -> route(t, route));
    }

    private static Map<String, Long> byExpectation(List<Scored> turns, Predicate<Scored> counted) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String kind : List.of("faq", ReplayCorpus.OUT_OF_SCOPE, ReplayCorpus.PERSON)) {
            counts.put(
                    kind,
                    turns.stream()
                            .filter(t -> counted.test(t) && kind.equals(kind(t)))
                            .count());
        }
        return counts;
    }

    private static String kind(Scored turn) {
        String expect = turn.outcome().line().expect();
        return expect.equals(ReplayCorpus.OUT_OF_SCOPE) || expect.equals(ReplayCorpus.PERSON) ? expect : "faq";
    }

    private static boolean route(Scored turn, String route) {
        return turn.outcome().route().equals(route);
    }

    private static boolean expects(Scored turn, String expect) {
        return turn.outcome().line().expect().equals(expect);
    }

    private static long count(List<Scored> turns, String expect) {
        return turns.stream().filter(t -> expects(t, expect)).count();
    }

    /** A fraction to four decimals; null when nothing was counted (no such turns in the corpus). */
    private static Double share(long part, long whole) {
        return whole == 0 ? null : Math.round(10_000.0 * part / whole) / 10_000.0;
    }

    private static double usd(double microDollars) {
        return Math.round(microDollars) / 1e6;
    }
}
