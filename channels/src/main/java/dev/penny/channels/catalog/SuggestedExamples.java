package dev.penny.channels.catalog;

import dev.penny.channels.ops.PennyMetrics;
import dev.penny.channels.web.ApiProblem;
import dev.penny.channels.wire.ErrorCode;
import dev.penny.core.cost.CostLedger;
import dev.penny.core.cost.EditorLlmSpending;
import dev.penny.core.cost.LlmBudgetExhaustedException;
import dev.penny.core.cost.ObservedCostLedger;
import dev.penny.core.engine.EngineSettings;
import dev.penny.intents.editing.ExampleParaphraser;
import dev.penny.intents.editing.ExampleProposals;
import dev.penny.intents.versions.DraftIntent;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/catalog/draft/intents/{id}/suggested-examples}: new examples for an intent, written by the LLM and
 * returned as proposals only. The owner adds the ones they accept with {@code POST …/examples}; nothing is added here.
 * Without an LLM the endpoint answers 404 {@code no_llm}, and the overview says so, so the editor hides the action.
 *
 * <p>Each call draws on the day's LLM budget that visitors' calls share, and what it cost is recorded as the editor's
 * spending: in the ledger's daily totals (kinds {@code editor_llm_*}), the analytics counters and the {@code
 * penny.cost} meter. With the budget spent the endpoint answers 429 {@code llm_budget_exhausted} without asking the
 * LLM.
 */
@RestController
class SuggestedExamples {

    /** Proposals per call unless the request asks for another number (1 to {@link #MAX_COUNT}). */
    static final int DEFAULT_COUNT = 8;

    static final int MAX_COUNT = 20;

    private static final Logger log = LoggerFactory.getLogger(SuggestedExamples.class);

    private final ObjectProvider<ExampleParaphraser> paraphraser;
    private final DraftEdits edits;
    private final DraftCatalog draft;
    private final EditorLlmSpending spending;

    SuggestedExamples(
            ObjectProvider<ExampleParaphraser> paraphraser,
            DraftEdits edits,
            DraftCatalog draft,
            CostLedger ledger,
            EngineSettings settings,
            PennyMetrics metrics) {
        this.paraphraser = paraphraser;
        this.edits = edits;
        this.draft = draft;
        // metered as the engine's ledger is, so penny.cost counts the editor's spending beside the visitors'
        this.spending = new EditorLlmSpending(
                new ObservedCostLedger(ledger, costs -> costs.forEach(metrics::cost)), settings.costs());
    }

    record Ask(Integer count) {}

    /**
     * @param revision the intent's revision the proposals were made for; accepting them names it
     */
    record Proposals(String intentId, long revision, List<String> proposals) {}

    @PostMapping("/api/catalog/draft/intents/{id}/suggested-examples")
    Proposals suggest(@PathVariable String id, @RequestBody(required = false) Ask body) {
        ExampleParaphraser llm = paraphraser.getIfAvailable();
        if (llm == null) {
            throw new ApiProblem(
                    HttpStatus.NOT_FOUND, ErrorCode.NO_LLM, "suggested examples need an LLM (penny.llm.base-url)");
        }
        int count = body == null || body.count() == null ? DEFAULT_COUNT : body.count();
        if (count < 1 || count > MAX_COUNT) {
            throw new ApiProblem(
                    HttpStatus.BAD_REQUEST,
                    ErrorCode.BAD_PAYLOAD,
                    "count must be 1 to " + MAX_COUNT + ", was " + count);
        }
        DraftIntent intent = edits.existing(id);
        try {
            List<String> proposals = new ExampleProposals(llm, spending).propose(intent.intent(), draft.read(), count);
            return new Proposals(id, intent.revision(), proposals);
        } catch (LlmBudgetExhaustedException e) {
            log.warn("Suggesting examples for {} refused: {}", id, e.getMessage());
            throw new ApiProblem(
                    HttpStatus.TOO_MANY_REQUESTS,
                    ErrorCode.LLM_BUDGET_EXHAUSTED,
                    "the LLM was not asked for suggestions: " + e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Suggesting examples for {} failed: {}", id, e.toString());
            throw new ApiProblem(
                    HttpStatus.BAD_GATEWAY,
                    ErrorCode.LLM_FAILED,
                    "the LLM did not suggest examples: " + e.getMessage());
        }
    }

    /** Whether the editor should offer the action. */
    boolean available() {
        return paraphraser.getIfAvailable() != null;
    }
}
