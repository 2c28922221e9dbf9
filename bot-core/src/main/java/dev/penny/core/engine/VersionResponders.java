package dev.penny.core.engine;

import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.cost.CostLedger;
import dev.penny.core.cost.CostSettings;
import dev.penny.core.events.SupportEvents;
import dev.penny.core.handoff.HumanHandoff;
import dev.penny.core.llm.LlmClient;
import dev.penny.core.policy.EscalationPolicy;
import dev.penny.core.privacy.PiiMasker;
import java.time.Clock;

/**
 * Builds the {@link Responder} for a FAQ version and keeps the one for the version last asked for: versions change
 * rarely (on publish), batches often, so a batch almost always finds its responder ready.
 */
final class VersionResponders {

    private record Built(FaqVersion version, Responder responder) {}

    private final LlmClient llm;
    private final ConversationStore store;
    private final CostLedger ledger;
    private final CostSettings costs;
    private final BotPhrases phrases;
    private final TurnWriter writer;
    private final CostMeter meter;
    private final PiiMasker masker = new PiiMasker();
    private final Handoffs handoffs;
    private final MissedQuestionNotes missedQuestions;
    private volatile Built last;

    VersionResponders(
            LlmClient llm,
            ConversationStore store,
            HumanHandoff handoff,
            CostLedger ledger,
            CostSettings costs,
            BotPhrases phrases,
            Clock clock,
            MissedQuestionNotes missedQuestions,
            SupportEvents events) {
        this.llm = llm;
        this.store = store;
        this.ledger = ledger;
        this.costs = costs;
        this.phrases = phrases;
        this.writer = new TurnWriter(store, clock, events);
        this.meter = new CostMeter(ledger, costs);
        this.handoffs = new Handoffs(handoff, store, writer, phrases, masker, events, clock);
        this.missedQuestions = missedQuestions;
    }

    Responder forVersion(FaqVersion version) {
        Built built = last;
        if (built == null || built.version() != version) {
            built = new Built(version, build(version));
            last = built;
        }
        return built.responder();
    }

    private Responder build(FaqVersion version) {
        EscalationPolicy policy = new EscalationPolicy(version.policy());
        int grounding = version.policy().groundingEntries();
        return new Responder(
                version.retriever(),
                policy,
                new ChoicePick(store, policy),
                new FaqReplies(version.answers(), writer, phrases),
                new GroundedAnswers(llm, ledger, meter, costs.llmBudget(), masker, grounding),
                handoffs,
                writer,
                meter,
                grounding,
                missedQuestions);
    }
}
