package dev.penny.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.InMemoryConversationStore;
import dev.penny.core.conversation.Source;
import dev.penny.core.cost.InMemoryCostLedger;
import dev.penny.core.handoff.HandoffExpiry;
import dev.penny.core.handoff.InMemoryHumanHandoff;
import dev.penny.core.policy.PolicySettings;
import dev.penny.core.testing.MutableClock;
import dev.penny.core.understanding.FaqAnswers;
import dev.penny.core.understanding.FaqEntry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveFaqEngineTest {

    private final MutableClock clock = MutableClock.at("2025-03-14T09:00:00Z");
    private final FakeClassifier classifier = new FakeClassifier().knows("where is my card", "card_arrival", 0.95);
    private final FakeRetriever retriever = new FakeRetriever();

    private FaqVersion version(String label, String answer) {
        FaqAnswers answers = FaqAnswers.of(List.of(new FaqEntry("card_arrival", "Card arrival", answer, List.of())));
        return new FaqVersion(label, classifier, retriever, answers, PolicySettings.defaults());
    }

    private final LiveFaq live = new LiveFaq(version("v1", "Cards arrive within 5 working days."));
    private final SupportEngine engine = new SupportEngine(
            live,
            new FakeLlm(),
            new InMemoryConversationStore(clock, Duration.ofHours(1)),
            new InMemoryHumanHandoff(clock, HandoffExpiry.defaults()),
            new InMemoryCostLedger(clock, Duration.ofHours(1), 30),
            new EngineSettings(
                    PolicySettings.defaults(), SupportDesk.COSTS, BotPhrases.english(), SupportDesk.ANSWER_DEADLINE),
            clock);

    @Test
    void answers_from_the_version_swapped_in_without_a_new_engine() {
        ConversationId id = ConversationId.random();
        Reply before = engine.handle(SupportDesk.message(id, "where is my card"));

        FaqVersion replaced = live.swap(version("v2", "Cards now arrive within 2 working days."));
        Reply after = engine.handle(SupportDesk.message(id, "where is my card"));

        assertThat(replaced.label()).isEqualTo("v1");
        assertThat(before.botTurns()).singleElement().satisfies(turn -> {
            assertThat(turn.source()).isEqualTo(Source.FAQ);
            assertThat(turn.text()).isEqualTo("Cards arrive within 5 working days.");
        });
        assertThat(after.botTurns())
                .singleElement()
                .satisfies(turn -> assertThat(turn.text()).isEqualTo("Cards now arrive within 2 working days."));
    }

    @Test
    void uses_the_policy_thresholds_of_the_live_version() {
        PolicySettings strict = new PolicySettings(0.99, 0.15, 0.5, false, "", List.of(), 3, 3);
        live.swap(new FaqVersion(
                "strict", classifier, retriever, version("x", "y").answers(), strict));

        Reply reply = engine.handle(SupportDesk.message(ConversationId.random(), "where is my card"));

        assertThat(reply.botTurns())
                .singleElement()
                .satisfies(turn -> assertThat(turn.source()).isEqualTo(Source.SYSTEM));
    }
}
