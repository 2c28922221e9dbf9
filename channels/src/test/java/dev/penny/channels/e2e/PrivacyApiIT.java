package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.testing.Eventually;
import dev.penny.channels.webhooks.WebhookQueue;
import dev.penny.channels.webhooks.WebhookReceiver;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.cost.CostLedger;
import dev.penny.core.cost.CostTotals;
import dev.penny.core.feedback.FeedbackStore;
import dev.penny.core.handoff.HumanHandoff;
import dev.penny.core.learning.MissedQuestions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The privacy API on the in-memory stores of one node; {@link #keysOf} asks each store what it still holds. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "penny.catalog=classpath:catalog/test-bank.yml",
            "penny.policy.min-answer-confidence=0.6",
            "penny.redis.url=",
            "penny.llm.base-url=",
            "penny.agents[0].username=alice",
            "penny.agents[0].password-hash=" + RunningPenny.ALICE_HASH,
            "penny.agents[0].roles=AGENT",
            "penny.agents[1].username=" + PrivacyScenarios.PIA,
            "penny.agents[1].password-hash=" + RunningPenny.BOB_HASH,
            "penny.agents[1].roles=" + PrivacyScenarios.PRIVACY_OFFICER_ROLES,
        })
class PrivacyApiIT extends PrivacyScenarios {

    static final WebhookReceiver RECEIVER = WebhookReceiver.start();

    @DynamicPropertySource
    static void webhooks(DynamicPropertyRegistry registry) {
        registry.add("penny.webhooks.url", RECEIVER::url);
        registry.add("penny.webhooks.secret", () -> "whsec-test");
        registry.add("penny.webhooks.first-retry", () -> "100ms");
        registry.add("penny.webhooks.max-retry", () -> "200ms");
    }

    @AfterAll
    static void stopReceiver() {
        RECEIVER.close();
    }

    @LocalServerPort
    int port;

    @Test
    void the_undelivered_webhook_events_of_an_erased_conversation_are_never_delivered() {
        String erased;
        String kept;
        RECEIVER.down(); // events queue up and are retried
        try (Visitor one = Visitor.start(port);
                Visitor other = Visitor.start(port)) {
            one.ask("How do I change my PIN?");
            other.ask("How do I change my PIN?");
            erased = one.conversationId;
            kept = other.conversationId;
        }
        assertThat(Http.call(
                                port,
                                "DELETE",
                                "/api/privacy/conversations/" + erased,
                                PIA,
                                RunningPenny.BOB_PASSWORD,
                                null)
                        .status())
                .isEqualTo(200);
        Eventually.within(
                Duration.ofSeconds(10),
                () -> assertThat(webhooks.next(1000)).noneMatch(e -> WebhookQueue.isAbout(e.body(), erased)));

        RECEIVER.up();
        Eventually.within(
                Duration.ofSeconds(10),
                () -> assertThat(RECEIVER.accepted())
                        .anyMatch(
                                r -> r.json().path("conversationId").asString().equals(kept)));
        Eventually.within(
                Duration.ofSeconds(10), () -> assertThat(webhooks.next(1000)).isEmpty());
        assertThat(RECEIVER.received())
                .as("events of the erased conversation that reached the receiver")
                .noneMatch(r -> r.json().path("conversationId").asString().equals(erased));
    }

    @Autowired
    WebhookQueue webhooks;

    @Override
    int visitorNode() {
        return port;
    }

    @Override
    int privacyNode() {
        return port;
    }

    @Autowired
    ConversationStore conversations;

    @Autowired
    CostLedger costs;

    @Autowired
    HumanHandoff handoff;

    @Autowired
    MissedQuestions missedQuestions;

    @Autowired
    FeedbackStore feedback;

    // No keys in memory: what each store of this process still answers about the conversation.
    @Override
    List<String> keysOf(String conversationId) {
        ConversationId id = new ConversationId(conversationId);
        List<String> held = new ArrayList<>();
        conversations.transcript(id).forEach(t -> held.add("turn " + t.id()));
        conversations.state(id).ifPresent(s -> held.add("state " + s));
        if (!costs.conversationTotals(id).equals(CostTotals.NONE)) {
            held.add("costs");
        }
        feedback.feedbackOn(id).forEach(f -> held.add("feedback " + f.turnId()));
        feedback.rating(id).ifPresent(r -> held.add("rating"));
        handoff.queue().stream().filter(w -> w.conversationId().equals(id)).forEach(w -> held.add("queued"));
        handoff.leftMessages().stream()
                .filter(m -> m.conversationId().equals(id))
                .forEach(m -> held.add("left message"));
        missedQuestions.recent(10_000).stream()
                .filter(q -> q.conversationId().equals(id))
                .forEach(q -> held.add("missed question " + q.messageId()));
        missedQuestions.agentAnswers(List.of(id)).keySet().forEach(k -> held.add("agent answers"));
        return held;
    }
}
