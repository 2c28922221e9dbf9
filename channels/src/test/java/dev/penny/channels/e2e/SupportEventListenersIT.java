package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.testing.Eventually;
import dev.penny.core.conversation.Author;
import dev.penny.core.events.HandoffRequested;
import dev.penny.core.events.MessageCreated;
import dev.penny.core.events.SupportEvent;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;

/** An application listens to Penny's support events as Spring application events, each told once. */
@Import(SupportEventListenersIT.Listeners.class)
class SupportEventListenersIT extends RunningPenny {

    @TestConfiguration
    static class Listeners {
        final List<SupportEvent> all = new CopyOnWriteArrayList<>();
        final List<HandoffRequested> handoffs = new CopyOnWriteArrayList<>();

        @EventListener
        void any(SupportEvent event) {
            all.add(event);
        }

        @EventListener
        void handoff(HandoffRequested event) {
            handoffs.add(event);
        }
    }

    @Autowired
    Listeners listeners;

    @Test
    void a_widget_conversation_handed_to_an_agent_is_told_to_listeners_once_each_in_order() {
        try (Agent alice = new Agent(alice());
                Visitor visitor = visitor()) {
            visitor.ask("I want to talk to a human please");
            alice.awaitWaiting(visitor.conversationId);
            alice.claim(visitor.conversationId);
            alice.say(visitor.conversationId, "Hi, I'm Alice.");

            Eventually.within(
                    Duration.ofSeconds(5),
                    () -> assertThat(of(visitor))
                            .extracting(SupportEvent::type)
                            .containsExactly(
                                    "conversation.started",
                                    "message.created",
                                    "handoff.requested",
                                    "message.created",
                                    "handoff.claimed",
                                    "message.created",
                                    "message.created"));
            assertThat(listeners.handoffs)
                    .filteredOn(e -> e.conversationId().value().equals(visitor.conversationId))
                    .singleElement()
                    .satisfies(e -> assertThat(e.reason()).contains("visitor asked for a person"));
            assertThat(of(visitor)).last().isInstanceOfSatisfying(MessageCreated.class, e -> {
                assertThat(e.author()).isEqualTo(Author.AGENT);
                assertThat(e.turn().text()).isEqualTo("Hi, I'm Alice.");
            });
        }
    }

    private List<SupportEvent> of(Visitor visitor) {
        return listeners.all.stream()
                .filter(e -> e.conversationId().value().equals(visitor.conversationId))
                .toList();
    }
}
