package dev.penny.channels.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationState;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.conversation.Source;
import dev.penny.core.conversation.Turn;
import dev.penny.core.cost.CostEvent;
import dev.penny.core.cost.CostKind;
import dev.penny.core.engine.Reply;
import dev.penny.core.handoff.HandoffExpiry;
import dev.penny.core.handoff.InMemoryHumanHandoff;
import dev.penny.core.policy.Decision;
import dev.penny.core.policy.Route;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PennyMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final PennyMetrics metrics =
            new PennyMetrics(registry, new InMemoryHumanHandoff(Clock.systemUTC(), HandoffExpiry.defaults()));
    private final ConversationId id = ConversationId.random();

    @Test
    void counts_and_times_messages_by_route_and_escalations_by_where_they_went() {
        metrics.answered(reply(Route.FAQ), Duration.ofMillis(4));
        metrics.answered(reply(Route.FAQ), Duration.ofMillis(6));
        metrics.answered(reply(Route.LLM), Duration.ofMillis(900));

        assertThat(registry.get("penny.messages").tag("route", "faq").counter().count())
                .isEqualTo(2);
        assertThat(registry.get("penny.messages").tag("route", "llm").counter().count())
                .isEqualTo(1);
        assertThat(registry.get("penny.answer.latency")
                        .tag("route", "faq")
                        .timer()
                        .totalTime(java.util.concurrent.TimeUnit.MILLISECONDS))
                .isEqualTo(10);
        assertThat(registry.get("penny.escalations").tag("to", "llm").counter().count())
                .isEqualTo(1);
        assertThat(registry.find("penny.escalations").tag("to", "faq").counter())
                .isNull();
        assertThat(registry.get("penny.messages").counters()).hasSize(2);
    }

    @Test
    void adds_costs_by_kind() {
        metrics.cost(new CostEvent(id, CostKind.LOCAL_CLASSIFICATION, 1, 2));
        metrics.cost(new CostEvent(id, CostKind.LOCAL_CLASSIFICATION, 1, 3));
        metrics.cost(new CostEvent(id, CostKind.ALL_LLM_BASELINE, 300, 210));

        assertThat(registry.get("penny.cost")
                        .tag("kind", "local_classification")
                        .counter()
                        .count())
                .isEqualTo(5);
        assertThat(registry.get("penny.cost")
                        .tag("kind", "all_llm_baseline")
                        .counter()
                        .count())
                .isEqualTo(210);
    }

    private Reply reply(Route route) {
        Turn visitor = Turn.visitor(MessageId.random(), id, "a question", Instant.now());
        Turn answer = Turn.bot(
                MessageId.random(),
                id,
                Source.FAQ,
                "an answer",
                List.of(),
                Instant.now(),
                new Decision(route, "a reason", List.of(), route == Route.FAQ ? List.of("intent") : List.of()));
        return new Reply(visitor, List.of(answer), ConversationState.BOT, false, false);
    }
}
