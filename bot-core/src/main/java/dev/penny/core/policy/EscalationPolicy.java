package dev.penny.core.policy;

import static dev.penny.core.policy.Scores.number;

import dev.penny.core.understanding.FaqMatch;
import dev.penny.core.understanding.IntentPrediction;
import dev.penny.core.understanding.IntentScore;
import dev.penny.core.understanding.PassageMatch;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Decides who answers a visitor message: the FAQ, a choice between close intents, an LLM grounded on the FAQ entries
 * and article passages, or (without an LLM) an excerpt of an article passage that matches well, or a person, in that
 * order, and records why; a reason that weighed a passage names it.
 *
 * <p>A visitor who asks for a person gets one, before anything else is considered. A message the classifier finds
 * out of scope is answered from the out-of-scope intent when one is set ({@link PolicySettings#outOfScopeIntentId()}),
 * unless an article passage clears the excerpt threshold. The policy is pure: it does not check the LLM budget or call
 * anything; the engine turns an LLM decision into a handoff when the budget is spent or the LLM fails
 * ({@link Decision#escalatedToHuman(String)}).
 */
public final class EscalationPolicy {

    // Transcripts keep the scores with every bot turn; the long tail of a large catalog would only add noise.
    private static final int SCORES_KEPT = 5;

    private static final String ANSWERING_OUT_OF_SCOPE = "; answering with out-of-scope intent ";

    private final PolicySettings settings;
    private final HumanRequest humanRequest;

    public EscalationPolicy(PolicySettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.humanRequest = new HumanRequest(settings.handoffPhrases());
    }

    /** Decides who answers the message described by {@code evidence}. */
    public Decision decide(Evidence evidence) {
        return decide(evidence.visitorText(), evidence.prediction(), evidence::matches, evidence::passages);
    }

    /**
     * Decides as {@link #decide(Evidence)} does, asking for the FAQ matches only when the decision depends on them
     * (whether an LLM can be grounded): most messages are answered from the FAQ, and ranking the FAQ for them would be
     * wasted work.
     */
    public Decision decide(String visitorText, IntentPrediction prediction, Supplier<List<FaqMatch>> matches) {
        return decide(visitorText, prediction, matches, List::of);
    }

    /**
     * Decides as {@link #decide(Evidence)} does, asking for the FAQ matches and the article passages only when the
     * decision depends on them.
     */
    public Decision decide(
            String visitorText,
            IntentPrediction prediction,
            Supplier<List<FaqMatch>> matches,
            Supplier<List<PassageMatch>> passages) {
        List<IntentScore> scores = kept(prediction);
        Optional<String> phrase = humanRequest.phraseIn(visitorText);
        if (phrase.isPresent()) {
            return Decision.human("visitor asked for a person (\"" + phrase.get() + "\")", scores);
        }
        Optional<IntentScore> top = prediction.outOfScope() ? Optional.empty() : prediction.top();
        if (top.isPresent() && settings.isHandoffIntent(top.get().intentId())) {
            return Decision.human("visitor asked for a person (" + Scores.of(top.get()) + ")", scores);
        }
        if (top.isPresent() && isConfident(prediction)) {
            String reason = "confident: " + Scores.of(top.get()) + " >= " + number(settings.minAnswerConfidence())
                    + ", margin " + number(prediction.margin()) + " >= " + number(settings.choiceMargin());
            return new Decision(Route.FAQ, reason, scores, List.of(top.get().intentId()));
        }
        List<IntentScore> close = closeToTop(prediction);
        if (top.isPresent() && close.size() >= 2 && together(close) >= settings.minAnswerConfidence()) {
            return choice(close, scores);
        }
        if (prediction.outOfScope() && settings.hasOutOfScopeIntent()) {
            return outOfScope(unsure(prediction, close), matches, passages, scores);
        }
        return groundedOrHuman(unsure(prediction, close), matches, passages, scores);
    }

    /**
     * The visitor picked one of the intents a choice offered: answer it from the FAQ, or hand off when they picked
     * the handoff intent.
     */
    public Decision picked(String intentId, String title, IntentPrediction prediction) {
        String reason = "visitor picked \"" + title + "\" from the offered choice";
        if (settings.isHandoffIntent(intentId)) {
            return Decision.human(reason + ", asking for a person", kept(prediction));
        }
        return new Decision(Route.FAQ, reason, kept(prediction), List.of(intentId));
    }

    /**
     * True when {@code decision} hands off because the visitor asked for a person (in so many words, through the
     * handoff intent, or by picking it from a choice) rather than because the bot could not answer. Recognised by the
     * reasons {@link #decide} and {@link #picked} give such handoffs.
     */
    public static boolean visitorAskedForPerson(Decision decision) {
        return decision.route() == Route.HUMAN
                && (decision.reason().startsWith("visitor asked for a person")
                        || decision.reason().endsWith(", asking for a person"));
    }

    /**
     * True when {@code decision} answers a message the classifier found out of scope with the out-of-scope intent: a
     * FAQ route that did not answer the question asked. Recognised by the reason {@link #decide} gives it.
     */
    public static boolean answeredOutOfScope(Decision decision) {
        return decision.route() == Route.FAQ && decision.reason().contains(ANSWERING_OUT_OF_SCOPE);
    }

    private boolean isConfident(IntentPrediction prediction) {
        return prediction.topConfidence() >= settings.minAnswerConfidence()
                && prediction.margin() >= settings.choiceMargin();
    }

    private List<IntentScore> closeToTop(IntentPrediction prediction) {
        if (prediction.outOfScope()) {
            return List.of();
        }
        double floor = prediction.topConfidence() - settings.choiceMargin();
        return prediction.ranked().stream()
                .filter(s -> s.confidence() >= floor && s.confidence() > 0.0)
                .limit(settings.maxChoices())
                .toList();
    }

    private Decision choice(List<IntentScore> close, List<IntentScore> scores) {
        String reason =
                "close: " + String.join(" vs ", close.stream().map(Scores::of).toList()) + " within "
                        + number(settings.choiceMargin()) + ", together " + number(together(close));
        return new Decision(
                Route.CHOICE,
                reason,
                scores,
                close.stream().map(IntentScore::intentId).toList());
    }

    /**
     * The out-of-scope intent's answer, unless an article passage is strong enough to be quoted on its own: articles
     * may cover what the intents do not, and the classifier judged the intents only. The nearest FAQ entries are not
     * weighed: they are the intents the classifier has just found wanting.
     */
    private Decision outOfScope(
            String unsure,
            Supplier<List<FaqMatch>> matches,
            Supplier<List<PassageMatch>> retrievedPassages,
            List<IntentScore> scores) {
        String intent = settings.outOfScopeIntentId();
        List<PassageMatch> passages = retrievedPassages.get();
        if (passages.isEmpty()) {
            return new Decision(Route.FAQ, unsure + ANSWERING_OUT_OF_SCOPE + intent, scores, List.of(intent));
        }
        PassageMatch best = passages.get(0);
        if (best.score() < settings.minPassageScore()) {
            String reason =
                    unsure + "; best " + named(best) + " < " + passageThreshold() + ANSWERING_OUT_OF_SCOPE + intent;
            return new Decision(Route.FAQ, reason, scores, List.of(intent));
        }
        String strong =
                unsure + "; " + named(best) + " >= " + passageThreshold() + " outranks out-of-scope intent " + intent;
        return groundedOrHuman(strong, matches, () -> passages, scores);
    }

    private Decision groundedOrHuman(
            String unsure,
            Supplier<List<FaqMatch>> retrieved,
            Supplier<List<PassageMatch>> retrievedPassages,
            List<IntentScore> scores) {
        if (!settings.llmConfigured()) {
            return excerptOrHuman(unsure + "; no LLM configured", retrievedPassages.get(), scores);
        }
        List<FaqMatch> matches = retrieved.get();
        List<PassageMatch> passages = retrievedPassages.get();
        if (matches.isEmpty() && passages.isEmpty()) {
            return Decision.human(unsure + "; no FAQ entry to ground an LLM on", scores);
        }
        String match;
        double best;
        if (passages.isEmpty()
                || !matches.isEmpty()
                        && matches.get(0).score() >= passages.get(0).score()) {
            match = "FAQ match \"" + matches.get(0).entry().title() + "\" "
                    + number(matches.get(0).score());
            best = matches.get(0).score();
        } else {
            match = named(passages.get(0));
            best = passages.get(0).score();
        }
        if (best < settings.minGroundingScore()) {
            return Decision.human(
                    unsure + "; best " + match + " < " + number(settings.minGroundingScore())
                            + ", too weak to ground an LLM",
                    scores);
        }
        String reason = unsure + "; grounding the LLM on " + match + " >= " + number(settings.minGroundingScore());
        return new Decision(Route.LLM, reason, scores, List.of());
    }

    /** Without an LLM: an excerpt of the best passage when it clears its threshold, else a person as before. */
    private Decision excerptOrHuman(String unsure, List<PassageMatch> passages, List<IntentScore> scores) {
        if (passages.isEmpty()) {
            return Decision.human(unsure, scores);
        }
        PassageMatch best = passages.get(0);
        String threshold = passageThreshold();
        if (best.score() < settings.minPassageScore()) {
            return Decision.human(unsure + "; best " + named(best) + " < " + threshold, scores);
        }
        String reason = unsure + "; quoting " + named(best) + " >= " + threshold;
        return new Decision(Route.ARTICLE, reason, scores, List.of(), List.of(Citation.of(1, best)));
    }

    private String passageThreshold() {
        return number(settings.minPassageScore())
                + (settings.passageThresholdOrigin().isEmpty() ? "" : " (" + settings.passageThresholdOrigin() + ")");
    }

    private static String named(PassageMatch match) {
        String url =
                match.passage().url().isEmpty() ? "" : " (" + match.passage().url() + ")";
        return "passage \"" + match.passage().title() + "\"" + url + " " + number(match.score());
    }

    private String unsure(IntentPrediction prediction, List<IntentScore> close) {
        if (prediction.top().isEmpty()) {
            return "classifier knows no intents";
        }
        String best = Scores.of(prediction.top().get());
        if (prediction.outOfScope()) {
            return "out of scope (best guess " + best + ")";
        }
        String min = number(settings.minAnswerConfidence());
        if (close.size() >= 2) {
            return "unsure: close "
                    + String.join(" vs ", close.stream().map(Scores::of).toList()) + " together "
                    + number(together(close)) + " < " + min;
        }
        return "unsure: best " + best + " < " + min + " and no runner-up within " + number(settings.choiceMargin());
    }

    private static double together(List<IntentScore> close) {
        return close.stream().mapToDouble(IntentScore::confidence).sum();
    }

    private static List<IntentScore> kept(IntentPrediction prediction) {
        return prediction.ranked().stream().limit(SCORES_KEPT).toList();
    }
}
