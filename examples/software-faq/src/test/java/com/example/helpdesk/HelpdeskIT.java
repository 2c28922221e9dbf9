package com.example.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.penny.core.conversation.ConversationEvents;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.engine.AgentDesk;
import dev.penny.core.engine.SupportEngine;
import dev.penny.core.handoff.AgentId;
import dev.penny.core.handoff.HumanHandoff;
import dev.penny.core.llm.LlmClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The helpdesk, started as its own application with Penny as a dependency: Penny answers from the helpdesk's catalog
 * on the widget socket, escalates to the helpdesk's LLM client, and the helpdesk hears the handoff.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HelpdeskIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    HelpdeskTickets tickets;

    @Autowired
    SmsChannel sms;

    @Autowired
    AgentDesk agentDesk;

    @Autowired
    HumanHandoff handoff;

    @Autowired
    ConversationEvents events;

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

    @Test
    void a_text_message_is_answered_from_the_faq_on_the_helpdesks_own_sms_channel() {
        String phone = "+15550100001";
        List<String> answer = text(phone, "sms-1", "I forgot my password, how do I reset it?");
        assertThat(answer).first().asString().startsWith("Click **Forgot password**");

        assertThat(text(phone, "sms-1", "I forgot my password, how do I reset it?"))
                .as("the provider's retry of the same text")
                .isEqualTo(answer);
    }

    @Test
    void what_an_agent_writes_later_is_texted_to_the_phone() {
        String phone = "+15550100002";
        AgentId agent = new AgentId("sms-support");
        handoff.agentOnline(agent);
        try {
            text(phone, "sms-2", "I want to talk to a human please");
            ConversationId conversation = sms.conversationOf(phone).orElseThrow();

            // what the agent console's socket does: the desk writes the turn, and every node hears of it
            events.turnAppended(agentDesk.claim(conversation, agent).orElseThrow());
            events.turnAppended(agentDesk
                    .reply(conversation, agent, "Hi, this is Acme support.")
                    .orElseThrow());

            await().atMost(Duration.ofSeconds(5))
                    .untilAsserted(() ->
                            assertThat(sms.sent()).contains(new SmsChannel.Text(phone, "Hi, this is Acme support.")));
        } finally {
            handoff.agentOffline(agent);
        }
    }

    private List<String> text(String from, String messageId, String text) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sms/inbound"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(
                                            JSON.writeValueAsString(new SmsChannel.Incoming(from, messageId, text))))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return JSON.readerForListOf(String.class).readValue(response.body());
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
