package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A Penny context paused and restarted, as Spring's test context cache does to a cached context while another one
 * runs (its default since Spring Framework 7): a team's test suite that embeds Penny gets a bot that answers again
 * after the restart. A pause stops Penny as a shutdown does, closing the visitors' sockets as going away (the widget
 * reconnects); the web server itself is not paused.
 */
class ContextPauseIT {

    private ConfigurableApplicationContext node;
    private SocketClient visitor;

    @AfterEach
    void stop() {
        if (visitor != null) {
            visitor.close();
        }
        if (node != null) {
            node.close();
        }
    }

    @Test
    void a_paused_and_restarted_context_answers_again() {
        node = CatalogNode.run("");
        visitor = SocketClient.visitor(CatalogNode.port(node));
        assertAnswered(visitor.ask(visitor.startConversation(), "before", "How do I change my PIN?"));

        node.pause();
        assertThat(visitor.awaitClose()).isEqualTo(1001);
        node.restart();

        visitor = SocketClient.visitor(CatalogNode.port(node));
        assertAnswered(visitor.ask(visitor.startConversation(), "after", "How do I change my PIN?"));
    }

    private static void assertAnswered(JsonNode answer) {
        assertThat(answer.path("payload").path("text").asString()).isNotBlank();
        assertThat(answer.path("payload").path("source").asString()).isEqualTo("faq");
    }
}
