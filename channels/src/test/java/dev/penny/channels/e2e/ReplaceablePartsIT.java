package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.penny.core.conversation.ConversationEvents;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.conversation.Turn;
import dev.penny.core.cost.CostKind;
import dev.penny.core.cost.CostLedger;
import dev.penny.core.handoff.HumanHandoff;
import dev.penny.core.learning.MissedQuestions;
import dev.penny.core.llm.LlmClient;
import dev.penny.core.policy.PolicySettings;
import dev.penny.intents.understanding.UnderstandingTrainer;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * An application that brings its own parts gets Penny built around them: every answer here goes through a real
 * visitor socket, and each test shows Penny's engine used one of the application's beans instead of its own.
 */
@SpringBootTest(
        classes = ReplaceablePartsIT.AcmeSupport.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "penny.catalog=classpath:catalog/test-bank.yml",
            "penny.redis.url=",
            "penny.agents[0].username=alice",
            "penny.agents[0].password-hash=" + RunningPenny.ALICE_HASH,
            "penny.agents[0].roles=AGENT",
        })
class ReplaceablePartsIT {

    /** Not a {@code @SpringBootConfiguration}, which the other tests of this package would find instead of Penny's. */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @Import(AcmeParts.class)
    static class AcmeSupport {}

    /** Penny's own LLM client would be configured for an address where nothing listens. */
    @DynamicPropertySource
    static void unusedLlm(DynamicPropertyRegistry registry) throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            registry.add("penny.llm.base-url", () -> "http://127.0.0.1:" + socket.getLocalPort() + "/v1");
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void the_applications_understanding_classifies_visitor_messages() {
        assertThat(context.getBeanNamesForType(UnderstandingTrainer.class)).containsExactly("acmeUnderstanding");
        try (Visitor visitor = Visitor.start(port)) {
            JsonNode answer = visitor.ask("zebra").path("payload");

            assertThat(answer.path("route").asString()).isEqualTo("faq");
            assertThat(answer.path("text").asString()).startsWith("Cards arrive within 3 to 5 working days");
        }
    }

    @Test
    void the_applications_llm_answers_unsure_questions() {
        assertThat(context.getBeanNamesForType(LlmClient.class)).containsExactly("acmeLlm");
        try (Visitor visitor = Visitor.start(port)) {
            JsonNode answer = visitor.ask("what about my llama").path("payload");

            assertThat(answer.path("route").asString()).isEqualTo("llm");
            assertThat(answer.path("text").asString()).isEqualTo(AcmeParts.LLM_ANSWER);
        }
    }

    @Test
    void the_applications_policy_decides_who_answers() {
        assertThat(context.getBeanNamesForType(PolicySettings.class)).containsExactly("acmePolicy");
        try (Visitor visitor = Visitor.start(port)) {
            assertThat(visitor.ask("please " + AcmeParts.WIZARD)
                            .path("payload")
                            .path("route")
                            .asString())
                    .isEqualTo("human");
        }
        try (Visitor visitor = Visitor.start(port)) {
            assertThat(visitor.ask("I want a human agent")
                            .path("payload")
                            .path("route")
                            .asString())
                    .as("Penny's own handoff phrases are not the application's")
                    .isEqualTo("llm");
        }
    }

    @Test
    void the_applications_store_holds_the_conversation() {
        ConversationStore store = only(ConversationStore.class, "acmeConversationStore");
        try (Visitor visitor = Visitor.start(port)) {
            visitor.ask("zebra");

            assertThat(store.transcript(new ConversationId(visitor.conversationId)))
                    .extracting(Turn::text)
                    .first()
                    .isEqualTo("zebra");
        }
    }

    @Test
    void the_applications_handoff_queues_the_visitor() {
        HumanHandoff handoff = only(HumanHandoff.class, "acmeHumanHandoff");
        try (Visitor visitor = Visitor.start(port)) {
            visitor.ask(AcmeParts.WIZARD);

            assertThat(handoff.queue())
                    .anySatisfy(waiting ->
                            assertThat(waiting.conversationId().value()).isEqualTo(visitor.conversationId));
        }
    }

    @Test
    void the_applications_ledger_counts_the_costs() {
        CostLedger ledger = only(CostLedger.class, "acmeCostLedger");
        try (Visitor visitor = Visitor.start(port)) {
            visitor.ask("what about my llama");

            var totals = ledger.conversationTotals(new ConversationId(visitor.conversationId));
            assertThat(totals.units()).containsKeys(CostKind.LOCAL_CLASSIFICATION, CostKind.LLM_INPUT_TOKENS);
        }
    }

    @Test
    void the_applications_events_announce_a_handoff_to_the_agents() {
        ConversationEvents events = only(ConversationEvents.class, "acmeConversationEvents");
        List<Turn> heard = new CopyOnWriteArrayList<>();
        try (ConversationEvents.Subscription subscription = events.subscribe(heard::add);
                Visitor visitor = Visitor.start(port)) {
            visitor.ask("I need you to " + AcmeParts.WIZARD);

            // announced off the answering thread, after the visitor has the answer
            await().atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(heard)
                            .anySatisfy(
                                    turn -> assertThat(turn.text()).isEqualTo("I need you to " + AcmeParts.WIZARD)));
        }
    }

    @Test
    void the_applications_missed_questions_keep_what_the_faq_could_not_answer() {
        MissedQuestions missed = only(MissedQuestions.class, "acmeMissedQuestions");
        try (Visitor visitor = Visitor.start(port)) {
            visitor.ask("is there a llama discount");

            assertThat(missed.recent(100))
                    .anySatisfy(question -> assertThat(question.text()).isEqualTo("is there a llama discount"));
        }
    }

    private <T> T only(Class<T> type, String name) {
        assertThat(context.getBeanNamesForType(type)).containsExactly(name);
        return context.getBean(type);
    }
}
