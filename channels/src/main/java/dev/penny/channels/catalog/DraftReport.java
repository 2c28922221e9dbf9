package dev.penny.channels.catalog;

import dev.penny.channels.config.CostProperties;
import dev.penny.channels.config.PennyProperties;
import dev.penny.channels.web.ApiProblem;
import dev.penny.channels.wire.ErrorCode;
import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.catalog.CatalogException;
import dev.penny.intents.quality.CatalogQuality;
import dev.penny.intents.quality.CostRates;
import dev.penny.intents.quality.QualityReport;
import dev.penny.intents.versions.CatalogStore;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/catalog/draft/report}: the draft cross-validated on its own examples, with the automation and
 * precision curve priced from {@code penny.cost.*}: an escalation to the LLM costs the estimated prompt (plus a typical
 * question) and answer tokens at the LLM's prices, one to an agent {@code agent-minutes-per-handoff} at {@code
 * agent-per-hour}. One report at a time per node: each trains a classifier per fold.
 */
@RestController
class DraftReport {

    // Tokens of a typical visitor question, on top of the estimated prompt tokens (which exclude the visitor's words).
    static final long QUESTION_TOKENS = 20;
    static final int MAX_FOLDS = 10;

    private final DraftCatalog draft;
    private final CatalogStore store;
    private final VersionTrainer trainer;
    private final CostRates rates;
    private final double answeredPrecision;

    private final DraftTrials trials;

    DraftReport(
            DraftCatalog draft,
            CatalogStore store,
            VersionTrainer trainer,
            PennyProperties properties,
            DraftTrials trials) {
        this.draft = draft;
        this.trials = trials;
        this.store = store;
        this.trainer = trainer;
        CostProperties cost = properties.cost();
        this.rates = CostRates.from(
                cost.settings(), QUESTION_TOKENS, cost.agentMinutesPerHandoff() * 60, cost.questionsPerConversation());
        this.answeredPrecision = properties.policy().answeredPrecision();
    }

    record Request(Integer folds) {}

    // the draft as try-it trains it (cached there): its policy holds the passage threshold and where it came from;
    // null when the draft cannot be trained, which try-it reports with its reasons
    private QualityReport.PassageThreshold passageThreshold() {
        try {
            return QualityReport.PassageThreshold.of(trials.trained().faq().policy());
        } catch (CatalogException | TrainingFailed e) {
            return null;
        }
    }

    @PostMapping(path = "/api/catalog/draft/report", consumes = MediaType.APPLICATION_JSON_VALUE)
    synchronized QualityReport report(@RequestBody(required = false) Request request) {
        int folds = request == null || request.folds() == null ? CatalogQuality.DEFAULT_FOLDS : request.folds();
        if (folds < 2 || folds > MAX_FOLDS) {
            throw new ApiProblem(
                    HttpStatus.BAD_REQUEST,
                    ErrorCode.BAD_PAYLOAD,
                    "folds must be 2 to " + MAX_FOLDS + ", was " + folds);
        }
        Catalog catalog = draft.read();
        OptionalDouble chosen = store.draftThreshold();
        try {
            return new CatalogQuality(trainer.caches(), trainer.options(), rates, answeredPrecision)
                    .report(catalog, folds)
                    .withChosenThreshold(chosen.isPresent() ? chosen.getAsDouble() : null)
                    .withPassageThreshold(passageThreshold());
        } catch (IllegalArgumentException tooSmall) {
            throw new ApiProblem(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    ErrorCode.INVALID_CATALOG,
                    "the draft is too small to cross-validate in " + folds + " folds: " + tooSmall.getMessage(),
                    List.of(),
                    Map.of());
        }
    }
}
