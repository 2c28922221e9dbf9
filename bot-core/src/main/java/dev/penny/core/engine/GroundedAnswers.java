package dev.penny.core.engine;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.cost.CostLedger;
import dev.penny.core.cost.LlmBudget;
import dev.penny.core.cost.LlmReservation;
import dev.penny.core.llm.GroundedQuestion;
import dev.penny.core.llm.LlmAnswer;
import dev.penny.core.llm.LlmClient;
import dev.penny.core.llm.LlmException;
import dev.penny.core.policy.Decision;
import dev.penny.core.privacy.PiiMasker;
import dev.penny.core.understanding.FaqMatch;
import dev.penny.core.understanding.PassageMatch;
import java.util.List;

/**
 * Asks the LLM, within budget and with personal data masked, and turns anything short of a usable answer into a
 * handoff.
 */
final class GroundedAnswers {

    /** The decision as it stands after trying the LLM, and the answer when it stands as {@code LLM}. */
    record Outcome(Decision decision, LlmAnswer answer) {}

    private final LlmClient llm;
    private final CostLedger ledger;
    private final CostMeter meter;
    private final LlmBudget budget;
    private final PiiMasker masker;
    private final int groundingEntries;

    GroundedAnswers(
            LlmClient llm,
            CostLedger ledger,
            CostMeter meter,
            LlmBudget budget,
            PiiMasker masker,
            int groundingEntries) {
        this.llm = llm;
        this.ledger = ledger;
        this.meter = meter;
        this.budget = budget;
        this.masker = masker;
        this.groundingEntries = groundingEntries;
    }

    Outcome answer(
            ConversationId id,
            String visitorText,
            List<FaqMatch> matches,
            List<PassageMatch> passages,
            Decision decision) {
        LlmReservation reservation =
                ledger.reserveLlm(id, budget, meter.reservedLlmCost(visitorText, llm.maxOutputTokens()));
        if (!reservation.granted()) {
            return handOff(decision, reservation.verdict().detail());
        }
        GroundedQuestion question = grounding(masker.mask(visitorText), matches, passages);
        LlmAnswer answer;
        try {
            answer = llm.answer(question);
        } catch (LlmException e) {
            ledger.settleLlm(reservation, List.of());
            return handOff(decision, "the LLM failed (" + e.failure() + ": " + e.getMessage() + ")");
        } catch (RuntimeException e) {
            ledger.settleLlm(reservation, List.of());
            // A bug in an adapter must still leave the visitor with someone to talk to.
            return handOff(decision, "the LLM client failed (" + e + ")");
        }
        ledger.settleLlm(reservation, meter.llmEvents(id, answer));
        if (answer.notCoveredByFaq()) {
            return handOff(decision, "the LLM says the FAQ does not cover this");
        }
        AnswerCitations cited =
                AnswerCitations.of(new GroundedLinks(question).keepGrounded(answer.text()), question.passages());
        if (cited.text().isBlank()) {
            return handOff(decision, "the LLM gave an empty answer");
        }
        return new Outcome(
                decision.withSources(cited.sources()),
                LlmAnswer.covered(cited.text(), answer.inputTokens(), answer.outputTokens()));
    }

    /**
     * The best {@code groundingEntries} of the FAQ matches and passages together, by score (one encoder scores both),
     * so that articles cost no more prompt than the FAQ entries they displace.
     */
    private GroundedQuestion grounding(String maskedText, List<FaqMatch> matches, List<PassageMatch> passages) {
        int entries = 0;
        int sections = 0;
        while (entries + sections < groundingEntries && (entries < matches.size() || sections < passages.size())) {
            boolean entryNext = sections >= passages.size()
                    || entries < matches.size()
                            && matches.get(entries).score()
                                    >= passages.get(sections).score();
            if (entryNext) {
                entries++;
            } else {
                sections++;
            }
        }
        return new GroundedQuestion(maskedText, matches.subList(0, entries), passages.subList(0, sections));
    }

    private static Outcome handOff(Decision decision, String why) {
        return new Outcome(decision.escalatedToHuman(why), null);
    }
}
