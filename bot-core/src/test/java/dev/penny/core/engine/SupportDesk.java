package dev.penny.core.engine;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.InMemoryAnswerClaims;
import dev.penny.core.conversation.InMemoryConversationStore;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.cost.CostSettings;
import dev.penny.core.cost.InMemoryCostLedger;
import dev.penny.core.cost.LlmBudget;
import dev.penny.core.cost.LlmPrice;
import dev.penny.core.desk.BusinessHours;
import dev.penny.core.desk.BusinessHoursHandoff;
import dev.penny.core.events.InMemorySupportEvents;
import dev.penny.core.handoff.AgentId;
import dev.penny.core.handoff.HandoffExpiry;
import dev.penny.core.handoff.InMemoryHumanHandoff;
import dev.penny.core.learning.InMemoryMissedQuestions;
import dev.penny.core.learning.MissedQuestionLimits;
import dev.penny.core.policy.PolicySettings;
import dev.penny.core.testing.MutableClock;
import dev.penny.core.understanding.FaqAnswers;
import dev.penny.core.understanding.FaqEntry;
import java.time.Duration;
import java.util.List;

/** A whole support desk on in-memory ports and fakes, for engine tests. */
final class SupportDesk {

    static final FaqEntry CARD_ARRIVAL = new FaqEntry(
            "card_arrival", "Card arrival", "Cards arrive within 5 working days.", List.of("Track my card"));
    static final FaqEntry CARD_DELIVERY =
            new FaqEntry("card_delivery", "Delivery estimate", "We post cards by first-class mail.", List.of());
    static final FaqEntry CARD_PAYMENT =
            new FaqEntry("card_payment", "Paying by card", "Pay anywhere Visa is accepted.", List.of());
    static final FaqEntry TALK_TO_HUMAN =
            new FaqEntry("talk_to_human", "Talk to a person", "Let me find someone.", List.of());

    /** Prices chosen so that micro-dollars are easy to check: 1 µ$ per input token, 2 per output token. */
    static final Duration ANSWER_DEADLINE = Duration.ofSeconds(30);

    static final CostSettings COSTS = new CostSettings(
            2, new LlmPrice(1_000_000, 2_000_000), 3_600_000, new LlmBudget(100_000, 1_000_000), 100, 50);

    final MutableClock clock = MutableClock.at("2025-03-14T09:00:00Z");
    final FakeClassifier classifier = new FakeClassifier();
    final FakeRetriever retriever = new FakeRetriever();
    final FakeLlm llm = new FakeLlm();
    final InMemoryConversationStore store = new InMemoryConversationStore(clock, Duration.ofHours(1));
    /** The engine's view of {@link #store}, counting its round trips. */
    final StoreCalls engineStoreCalls = new StoreCalls(store);

    final InMemoryHumanHandoff handoff;
    final InMemoryCostLedger ledger = new InMemoryCostLedger(clock, Duration.ofHours(1), 30);
    final InMemoryMissedQuestions missed = new InMemoryMissedQuestions(clock, MissedQuestionLimits.defaults());
    final InMemorySupportEvents events = new InMemorySupportEvents();
    final InMemoryAnswerClaims claims = new InMemoryAnswerClaims();
    final SupportEngine engine;
    final AgentDesk agents;

    SupportDesk() {
        this(PolicySettings.defaults().withLlmConfigured(true));
    }

    SupportDesk(PolicySettings policy) {
        this(policy, BotPhrases.english(), Integer.MAX_VALUE);
    }

    /** A desk whose queue holds at most {@code maxWaiting} conversations. */
    SupportDesk(PolicySettings policy, int maxWaiting) {
        this(policy, BotPhrases.english(), maxWaiting);
    }

    /** A desk whose FAQ version speaks {@code phrases}, the agents' desk included. */
    SupportDesk(PolicySettings policy, BotPhrases phrases) {
        this(policy, phrases, Integer.MAX_VALUE);
    }

    /** A desk whose people answer only within {@code hours}, by {@link #clock}. */
    SupportDesk(BusinessHours hours) {
        this(PolicySettings.defaults().withLlmConfigured(true), BotPhrases.english(), Integer.MAX_VALUE, hours);
    }

    private SupportDesk(PolicySettings policy, BotPhrases phrases, int maxWaiting) {
        this(policy, phrases, maxWaiting, BusinessHours.always());
    }

    private SupportDesk(PolicySettings policy, BotPhrases phrases, int maxWaiting, BusinessHours hours) {
        handoff = new InMemoryHumanHandoff(clock, HandoffExpiry.defaults(), maxWaiting);
        FaqAnswers answers = FaqAnswers.of(List.of(CARD_ARRIVAL, CARD_DELIVERY, CARD_PAYMENT, TALK_TO_HUMAN));
        EngineSettings settings = new EngineSettings(policy, COSTS, BotPhrases.english(), ANSWER_DEADLINE);
        LiveFaq live = new LiveFaq(new FaqVersion("fixed", classifier, retriever, answers, policy, phrases));
        engine = new SupportEngine(
                live,
                llm,
                engineStoreCalls,
                new BusinessHoursHandoff(handoff, hours, clock),
                ledger,
                settings,
                clock,
                missed,
                events,
                claims);
        agents = new AgentDesk(
                store, handoff, ledger, COSTS, () -> live.current().phrases(), clock, missed, events);
    }

    Reply visitorSays(ConversationId id, String text) {
        return engine.handle(message(id, text));
    }

    static VisitorMessage message(ConversationId id, String text) {
        return new VisitorMessage(id, MessageId.random(), text);
    }

    void agentOnline(AgentId agent) {
        handoff.agentOnline(agent);
    }
}
