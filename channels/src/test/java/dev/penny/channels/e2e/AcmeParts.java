package dev.penny.channels.e2e;

import dev.penny.core.conversation.ConversationEvents;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.conversation.InMemoryConversationEvents;
import dev.penny.core.conversation.InMemoryConversationStore;
import dev.penny.core.cost.CostLedger;
import dev.penny.core.cost.InMemoryCostLedger;
import dev.penny.core.handoff.HandoffExpiry;
import dev.penny.core.handoff.HumanHandoff;
import dev.penny.core.handoff.InMemoryHumanHandoff;
import dev.penny.core.learning.InMemoryMissedQuestions;
import dev.penny.core.learning.MissedQuestionLimits;
import dev.penny.core.learning.MissedQuestions;
import dev.penny.core.llm.LlmAnswer;
import dev.penny.core.llm.LlmClient;
import dev.penny.core.policy.PolicySettings;
import dev.penny.core.understanding.FaqEntry;
import dev.penny.core.understanding.FaqMatch;
import dev.penny.core.understanding.IntentPrediction;
import dev.penny.core.understanding.IntentScore;
import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.understanding.TrainedUnderstanding;
import dev.penny.intents.understanding.UnderstandingTrainer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An application's own parts, each of a kind Penny would otherwise configure itself: the ports are the in-memory
 * twins built by the application, so a test can look inside them; the LLM, the understanding and the policy are the
 * application's own, with answers Penny's would never give.
 */
@Configuration(proxyBeanMethods = false)
class AcmeParts {

    static final String LLM_ANSWER = "Acme's own LLM says: ask the front desk.";
    static final String WIZARD = "summon a wizard";

    @Bean
    ConversationStore acmeConversationStore() {
        return new InMemoryConversationStore(Clock.systemUTC(), Duration.ofHours(1));
    }

    @Bean
    HumanHandoff acmeHumanHandoff() {
        return new InMemoryHumanHandoff(Clock.systemUTC(), HandoffExpiry.defaults());
    }

    @Bean
    CostLedger acmeCostLedger() {
        return new InMemoryCostLedger(Clock.systemUTC(), Duration.ofHours(1), 1);
    }

    @Bean
    ConversationEvents acmeConversationEvents() {
        return new InMemoryConversationEvents();
    }

    @Bean
    MissedQuestions acmeMissedQuestions() {
        return new InMemoryMissedQuestions(Clock.systemUTC(), MissedQuestionLimits.defaults());
    }

    @Bean
    LlmClient acmeLlm() {
        return question -> LlmAnswer.covered(LLM_ANSWER, 100, 10);
    }

    /** Only the application's own phrase asks for a person; Penny's English ones ("agent", "human") do not. */
    @Bean
    PolicySettings acmePolicy() {
        return new PolicySettings(0.6, 0.15, 0.5, true, "", List.of(WIZARD), 3, 3);
    }

    @Bean
    UnderstandingTrainer acmeUnderstanding() {
        return KeywordUnderstanding::train;
    }

    /**
     * "zebra" means card_arrival for sure; anything else is an unsure guess, grounded on card_arrival's entry. A local
     * model trained on the catalog would do neither.
     */
    static final class KeywordUnderstanding {

        static TrainedUnderstanding train(Catalog catalog) {
            FaqEntry cardArrival = catalog.faqEntries().stream()
                    .filter(entry -> entry.intentId().equals("card_arrival"))
                    .findFirst()
                    .orElseThrow();
            return new TrainedUnderstanding(
                    text -> text.contains("zebra")
                            ? new IntentPrediction(List.of(new IntentScore("card_arrival", 0.99)), false)
                            : new IntentPrediction(
                                    List.of(new IntentScore("card_arrival", 0.3), new IntentScore("change_pin", 0.1)),
                                    false),
                    (question, limit) -> List.of(new FaqMatch(cardArrival, 0.9)),
                    TrainedUnderstanding.UNCALIBRATED);
        }
    }
}
