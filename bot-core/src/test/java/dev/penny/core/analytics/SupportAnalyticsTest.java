package dev.penny.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.conversation.Source;
import dev.penny.core.conversation.Turn;
import dev.penny.core.cost.CostEvent;
import dev.penny.core.cost.CostKind;
import dev.penny.core.events.ConversationStarted;
import dev.penny.core.events.HandoffClaimed;
import dev.penny.core.events.HandoffRequested;
import dev.penny.core.events.MessageCreated;
import dev.penny.core.events.SupportEvent;
import dev.penny.core.feedback.AnswerFeedback;
import dev.penny.core.feedback.ConversationRating;
import dev.penny.core.handoff.AgentId;
import dev.penny.core.policy.Decision;
import dev.penny.core.policy.Route;
import dev.penny.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SupportAnalyticsTest {

    private final MutableClock clock = MutableClock.at("2026-12-06T10:15:00Z");
    private final InMemoryAnalyticsCounters counters =
            new InMemoryAnalyticsCounters(clock, Duration.ofDays(7), Duration.ofDays(90), Duration.ofDays(1));
    private final AtomicReference<String> live = new AtomicReference<>("v1");
    private final SupportAnalytics analytics = new SupportAnalytics(counters, live::get, clock);
    private final ConversationId ana = ConversationId.random();

    private CountedBucket thisHour() {
        Instant start = Granularity.HOUR.start(clock.instant());
        return counters.buckets(Granularity.HOUR, start, start.plusSeconds(1)).get(0);
    }

    private Turn bot(String id, Decision decision) {
        return Turn.bot(new MessageId(id), ana, Source.FAQ, "answer", List.of(), clock.instant(), decision);
    }

    @Test
    void counts_conversations_answers_by_route_and_intents_under_the_live_version() {
        analytics.onEvent(new ConversationStarted(SupportEvent.newId(), clock.instant(), ana, "widget", null));
        analytics.onEvent(MessageCreated.of(Turn.visitor(new MessageId("m1"), ana, "card?", clock.instant())));
        analytics.onEvent(
                MessageCreated.of(bot("b1", new Decision(Route.FAQ, "confident", List.of(), List.of("card_arrival")))));
        live.set("v2");
        analytics.onEvent(MessageCreated.of(bot("b2", new Decision(Route.LLM, "unsure", List.of(), List.of()))));

        CountedBucket hour = thisHour();
        assertThat(hour.of("v1", Measures.CONVERSATIONS)).isEqualTo(1);
        assertThat(hour.of("v1", Measures.VISITOR_MESSAGES)).isEqualTo(1);
        assertThat(hour.of("v1", Measures.answers(Route.FAQ))).isEqualTo(1);
        assertThat(hour.of("v1", Measures.intent("card_arrival"))).isEqualTo(1);
        assertThat(hour.of("v2", Measures.answers(Route.LLM))).isEqualTo(1);
        assertThat(hour.total(Measures.answers(Route.FAQ)) + hour.total(Measures.answers(Route.LLM)))
                .isEqualTo(2);
    }

    @Test
    void a_conversation_handed_off_twice_counts_once() {
        for (int i = 0; i < 2; i++) {
            analytics.onEvent(new HandoffRequested(SupportEvent.newId(), clock.instant(), ana, "asked", 1));
            analytics.onEvent(new HandoffClaimed(SupportEvent.newId(), clock.instant(), ana, new AgentId("alice")));
        }

        assertThat(thisHour().total(Measures.HANDED_OFF)).isEqualTo(1);
        assertThat(thisHour().total(Measures.WITH_PERSON)).isEqualTo(1);
    }

    @Test
    void counts_money_units_and_llm_calls() {
        analytics.onCosts(List.of(
                new CostEvent(ana, CostKind.LLM_INPUT_TOKENS, 400, 60),
                new CostEvent(ana, CostKind.LLM_OUTPUT_TOKENS, 100, 60),
                new CostEvent(ana, CostKind.ALL_LLM_BASELINE, 900, 200)));
        analytics.onCosts(List.of(new CostEvent(ana, CostKind.AGENT_SECONDS, 30, 250_000)));

        CountedBucket hour = thisHour();
        assertThat(hour.total(Measures.LLM_CALLS)).isEqualTo(1);
        assertThat(hour.total(Measures.microDollars(CostKind.LLM_INPUT_TOKENS))).isEqualTo(60);
        assertThat(hour.total(Measures.units(CostKind.LLM_OUTPUT_TOKENS))).isEqualTo(100);
        assertThat(hour.total(Measures.microDollars(CostKind.ALL_LLM_BASELINE))).isEqualTo(200);
        assertThat(hour.total(Measures.units(CostKind.AGENT_SECONDS))).isEqualTo(30);
    }

    @Test
    void counts_the_editors_llm_calls_apart_from_the_visitors() {
        analytics.onCosts(List.of(
                CostEvent.outsideConversations(CostKind.EDITOR_LLM_INPUT_TOKENS, 300, 45),
                CostEvent.outsideConversations(CostKind.EDITOR_LLM_OUTPUT_TOKENS, 80, 48)));

        CountedBucket hour = thisHour();
        assertThat(hour.total(Measures.EDITOR_LLM_CALLS)).isEqualTo(1);
        assertThat(hour.total(Measures.LLM_CALLS)).isZero();
        assertThat(hour.total(Measures.microDollars(CostKind.EDITOR_LLM_INPUT_TOKENS)))
                .isEqualTo(45);
        assertThat(hour.total(Measures.units(CostKind.EDITOR_LLM_OUTPUT_TOKENS)))
                .isEqualTo(80);
        assertThat(hour.total(Measures.microDollars(CostKind.LLM_INPUT_TOKENS))).isZero();
    }

    @Test
    void changed_feedback_is_taken_back_from_the_hour_it_was_counted_in() {
        AnswerFeedback up = new AnswerFeedback(
                ana, new MessageId("b1"), true, "", Route.FAQ, "card_arrival", "v1", clock.instant());
        analytics.onFeedback(null, up);
        clock.advance(Duration.ofHours(1));
        AnswerFeedback down = new AnswerFeedback(
                ana, new MessageId("b1"), false, "", Route.FAQ, "card_arrival", "v1", clock.instant());
        analytics.onFeedback(up, down);
        ConversationRating first = new ConversationRating(ana, 2, "", "v1", clock.instant());
        analytics.onRating(null, first);
        analytics.onRating(first, new ConversationRating(ana, 5, "", "v1", clock.instant()));

        Instant earlier = Instant.parse("2026-12-06T10:00:00Z");
        CountedBucket before = counters.buckets(Granularity.HOUR, earlier, earlier.plusSeconds(1))
                .get(0);
        assertThat(before.total(Measures.HELPFUL)).isZero();
        CountedBucket now = thisHour();
        assertThat(now.of("v1", Measures.UNHELPFUL)).isEqualTo(1);
        assertThat(now.of("v1", Measures.unhelpful("card_arrival"))).isEqualTo(1);
        assertThat(now.of("v1", Measures.RATINGS)).isEqualTo(1);
        assertThat(now.of("v1", Measures.RATING_SUM)).isEqualTo(5);
        Instant day = Instant.parse("2026-12-06T00:00:00Z");
        CountedBucket today =
                counters.buckets(Granularity.DAY, day, day.plusSeconds(1)).get(0);
        assertThat(today.totals())
                .containsEntry(Measures.UNHELPFUL, 1L)
                .containsEntry(Measures.RATINGS, 1L)
                .doesNotContainKey(Measures.HELPFUL);
    }
}
