package com.example.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.penny.core.engine.SupportEngine;
import dev.penny.core.llm.LlmClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The helpdesk, started as its own application with Penny as a dependency: Penny answers from the helpdesk's catalog
 * on the widget socket, escalates to the helpdesk's LLM client, and the helpdesk hears the handoff.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HelpdeskIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    HelpdeskTickets tickets;

    @Test
    void penny_answers_from_the_helpdesks_own_catalog() {
        assertThat(context.getBeansOfType(SupportEngine.class)).hasSize(1);
        try (WidgetSocket widget = new WidgetSocket(port)) {
            JsonNode answer = widget.ask("I forgot my password, how do I reset it?");

            assertThat(answer.path("route").asString()).isEqualTo("faq");
            assertThat(answer.path("text").asString()).startsWith("Click **Forgot password**");
        }
    }

    @Test
    void an_unsure_question_is_answered_by_the_helpdesks_llm_client() {
        assertThat(context.getBeanNamesForType(LlmClient.class)).containsExactly("docsSearchLlm");
        try (WidgetSocket widget = new WidgetSocket(port)) {
            JsonNode answer = widget.ask("Is my data encrypted?");

            assertThat(answer.path("route").asString()).isEqualTo("llm");
            assertThat(answer.path("text").asString())
                    .startsWith("I'm not certain, but these may help:")
                    .contains(DocsSearchLlm.DOCS_SEARCH);
        }
    }

    @Test
    void a_handoff_opens_a_helpdesk_ticket() {
        try (WidgetSocket widget = new WidgetSocket(port)) {
            JsonNode answer = widget.ask("I want to talk to a human please");

            assertThat(answer.path("route").asString()).isEqualTo("human");
            await().atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(tickets.opened()).anySatisfy(ticket -> {
                        assertThat(ticket.conversationId()).isEqualTo(widget.conversationId);
                        assertThat(ticket.reason()).contains("asked for a person");
                        assertThat(ticket.agentsWereOnline()).isFalse();
                    }));
        }
    }
}
