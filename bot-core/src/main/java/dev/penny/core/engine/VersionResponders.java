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
 * Builds the {@link Responder} for a FAQ version, speaking the version's phrases, and keeps the one for the version last asked for: versions change
 * rarely (on publish), batches often, so a batch almost always finds its responder ready.
 */
final class VersionResponders {

    private record Built(FaqVersion version, Responder responder) {}

    private final LlmClient llm;
    private final ConversationStore store;
    private final CostLedger ledger;
    private final CostSettings costs;
    private final HumanHandoff handoff;
    private final SupportEvents events;
    private final Clock clock;
    private final TurnWriter writer;
    private final CostMeter meter;
    private final PiiMasker masker = new PiiMasker();
    private final MissedQuestionNotes missedQuestions;
    private volatile Built last;

    VersionResponders(
            LlmClient llm,
            ConversationStore store,
            HumanHandoff handoff,
            CostLedger ledger,
            CostSettings costs,
            Clock clock,
            MissedQuestionNotes missedQuestions,
            SupportEvents events) {
        this.llm = llm;
        this.store = store;
        this.ledger = ledger;
        this.costs = costs;
        this.handoff = handoff;
        this.events = events;
        this.clock = clock;
        this.writer = new TurnWriter(store, clock, events);
        this.meter = new CostMeter(ledger, costs);
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
                new FaqReplies(version.answers(), writer, version.phrases()),
                new GroundedAnswers(llm, ledger, meter, costs.llmBudget(), masker, grounding),
                new ArticleExcerpts(writer, version.phrases()),
                new Handoffs(handoff, store, writer, version.phrases(), masker, events, clock),
                writer,
                meter,
                grounding,
                missedQuestions);
    }
}
