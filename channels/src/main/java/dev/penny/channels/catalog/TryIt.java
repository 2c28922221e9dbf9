package dev.penny.channels.catalog;

import dev.penny.channels.web.ApiProblem;
import dev.penny.channels.wire.ErrorCode;
import dev.penny.core.engine.FaqVersion;
import dev.penny.core.policy.Citation;
import dev.penny.core.policy.Decision;
import dev.penny.core.policy.EscalationPolicy;
import dev.penny.core.policy.Evidence;
import dev.penny.core.policy.Route;
import dev.penny.core.understanding.ClassifiedQuestion;
import dev.penny.core.understanding.FaqEntry;
import dev.penny.core.understanding.FaqMatch;
import dev.penny.core.understanding.IntentPrediction;
import dev.penny.core.understanding.PassageMatch;
import dev.penny.intents.quality.QualityReport;
import dev.penny.intents.versions.CatalogStore;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/catalog/try}: what the bot would do with a phrase, against the draft or the live version: the top
 * intents, the route the escalation policy takes with that version's settings and why, and the answer shown. Nothing
 * is written to any conversation.
 */
@RestController
class TryIt {

    static final int INTENTS_SHOWN = 5;
    private static final int MAX_TEXT = 4000;

    private final ServedCatalog served;
    private final DraftTrials draft;
    private final CatalogStore store;

    TryIt(ServedCatalog served, DraftTrials draft, CatalogStore store) {
        this.served = served;
        this.draft = draft;
        this.store = store;
    }

    record Trial(String text, String against) {}

    record Result(
            Integer version,
            List<Scored> intents,
            boolean outOfScope,
            Route route,
            String reason,
            Answer answer,
            List<Choice> choices,
            List<PassageView> passages,
            List<Citation> sources,
            QualityReport.PassageThreshold passageThreshold) {}

    /**
     * An article passage the version's retriever found for the phrase: what an LLM would be grounded on, or the bot
     * would quote without one.
     */
    record PassageView(String articleId, String title, String url, double score) {}

    record Scored(String id, String title, double confidence) {}

    record Answer(String text, List<String> quickReplies) {}

    record Choice(String id, String title) {}

    @PostMapping(path = "/api/catalog/try", consumes = MediaType.APPLICATION_JSON_VALUE)
    Result tryIt(@RequestBody Trial trial) {
        String text = trial.text() == null ? "" : trial.text().strip();
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            throw new ApiProblem(
                    HttpStatus.BAD_REQUEST, ErrorCode.BAD_PAYLOAD, "text must be 1 to " + MAX_TEXT + " characters");
        }
        String against = trial.against() == null ? "draft" : trial.against();
        TrainedVersion version = switch (against) {
            case "draft" -> draft.trained();
            case "live" -> live();
            default ->
                throw new ApiProblem(HttpStatus.BAD_REQUEST, ErrorCode.BAD_PAYLOAD, "against must be draft or live");
        };
        return tryOn(version, text);
    }

    private TrainedVersion live() {
        if (store.liveNumber() == 0) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, ErrorCode.UNKNOWN_VERSION, "nothing has been published yet");
        }
        return served.current();
    }

    private static Result tryOn(TrainedVersion version, String text) {
        FaqVersion faq = version.faq();
        IntentPrediction prediction = faq.classifier().classify(text);
        List<FaqMatch> matches = faq.retriever().retrieve(text, faq.policy().groundingEntries());
        List<PassageMatch> passages = faq.retriever()
                .passages(ClassifiedQuestion.of(text, prediction), faq.policy().groundingEntries());
        Decision decision =
                new EscalationPolicy(faq.policy()).decide(new Evidence(text, prediction, matches, passages));
        List<Scored> intents = prediction.ranked().stream()
                .limit(INTENTS_SHOWN)
                .map(s -> new Scored(s.intentId(), title(faq, s.intentId()), s.confidence()))
                .toList();
        Answer answer = decision.route() == Route.FAQ
                ? faq.answers()
                        .answerFor(decision.intentIds().get(0))
                        .map(e -> new Answer(e.answer(), e.quickReplies()))
                        .orElse(null)
                : null;
        List<Choice> choices = decision.route() == Route.CHOICE
                ? decision.intentIds().stream()
                        .map(id -> new Choice(id, title(faq, id)))
                        .toList()
                : List.of();
        return new Result(
                version.number() == 0 ? null : version.number(),
                intents,
                prediction.outOfScope(),
                decision.route(),
                decision.reason(),
                answer,
                choices,
                passages.stream()
                        .map(p -> new PassageView(
                                p.passage().articleId(),
                                p.passage().title(),
                                p.passage().url(),
                                p.score()))
                        .toList(),
                decision.sources(),
                QualityReport.PassageThreshold.of(faq.policy()));
    }

    private static String title(FaqVersion faq, String intentId) {
        return faq.answers().answerFor(intentId).map(FaqEntry::title).orElse(intentId);
    }
}
