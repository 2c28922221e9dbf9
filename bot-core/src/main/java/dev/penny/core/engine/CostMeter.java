package dev.penny.core.engine;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.Turn;
import dev.penny.core.cost.CostEvent;
import dev.penny.core.cost.CostKind;
import dev.penny.core.cost.CostLedger;
import dev.penny.core.cost.CostSettings;
import dev.penny.core.llm.LlmAnswer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** Turns what the engine did into cost events, priced by the settings. */
final class CostMeter {

    private final CostLedger ledger;
    private final CostSettings costs;

    CostMeter(CostLedger ledger, CostSettings costs) {
        this.ledger = ledger;
        this.costs = costs;
    }

    /** A message was classified locally: its compute cost, and what an LLM would have cost instead. */
    void classified(ConversationId id, String visitorText) {
        ledger.recordAll(classificationEvents(id, visitorText));
    }

    /** {@link #classified} for several visitor messages, in one ledger call. */
    void classifiedAll(List<Turn> visitorTurns) {
        List<CostEvent> events = new ArrayList<>(2 * visitorTurns.size());
        visitorTurns.forEach(turn -> events.addAll(classificationEvents(turn.conversationId(), turn.text())));
        ledger.recordAll(events);
    }

    private List<CostEvent> classificationEvents(ConversationId id, String visitorText) {
        long input = costs.estimatedInputTokens(visitorText);
        long output = costs.estimatedAnswerTokens();
        return List.of(
                new CostEvent(id, CostKind.LOCAL_CLASSIFICATION, 1, costs.classificationMicroDollars()),
                new CostEvent(id, CostKind.ALL_LLM_BASELINE, input + output, estimatedLlmCost(visitorText)));
    }

    /** What a grounded LLM call about this text is expected to cost. */
    long estimatedLlmCost(String visitorText) {
        return costs.reservedLlmCost(visitorText, OptionalLong.empty());
    }

    /**
     * What to reserve for a grounded LLM call about this text: the estimated prompt, and the longest answer the client
     * allows (the typical answer's length when it sets no cap).
     */
    long reservedLlmCost(String visitorText, OptionalLong maxOutputTokens) {
        return costs.reservedLlmCost(visitorText, maxOutputTokens);
    }

    /** The events an LLM answer costs, priced. */
    List<CostEvent> llmEvents(ConversationId id, LlmAnswer answer) {
        long input = answer.inputTokens();
        long output = answer.outputTokens();
        return List.of(
                new CostEvent(
                        id, CostKind.LLM_INPUT_TOKENS, input, costs.llmPrice().inputCost(input)),
                new CostEvent(
                        id, CostKind.LLM_OUTPUT_TOKENS, output, costs.llmPrice().outputCost(output)));
    }

    void agentHeld(ConversationId id, Duration held) {
        long seconds = Math.max(0, held.toSeconds());
        ledger.record(new CostEvent(id, CostKind.AGENT_SECONDS, seconds, costs.agentCost(seconds)));
    }
}
