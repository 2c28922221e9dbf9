package dev.penny.channels.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.e2e.CatalogNode;
import dev.penny.channels.e2e.TwoNodes;
import dev.penny.channels.e2e.TwoNodesOnRedisIT;
import dev.penny.channels.llm.LocalOpenAiServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The widget in headless Chromium against two Penny nodes on one real Redis: a visitor whose connection drops while
 * one node is still making the answer reconnects to the other node, which says the message is still being answered;
 * the widget asks again every few seconds until the first node has stored the answer, and shows it once.
 */
class WidgetOnTwoNodesBrowserIT {

    private static final String QUESTION = "Can I buy bitcoin with my account?";
    private static final String ANSWER = "We do not sell crypto, but you can send money to an exchange.";

    private static final HostSite SHOP = HostSite.start();
    private static final LocalOpenAiServer LLM = LocalOpenAiServer.start();
    private static TwoNodes nodes;

    private ChromeDriver driver;

    @BeforeAll
    static void startTwoNodes() {
        nodes = TwoNodes.start(WidgetOnTwoNodesBrowserIT::start);
    }

    @AfterAll
    static void stopEverything() {
        if (nodes != null) {
            nodes.close();
        }
        LLM.close();
        SHOP.close();
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void asks_the_other_node_again_until_the_answer_the_first_one_was_making_is_there() {
        // slower than the widget's reconnect and first re-send, so the answer is not there when they happen
        LLM.enqueue(LocalOpenAiServer.Reply.answer(ANSWER, 300, 40).after(Duration.ofSeconds(9)));
        try (FlakyNetwork network = new FlakyNetwork(nodes.portA())) {
            driver = Chromium.desktop();
            WidgetOnPage widget = new WidgetOnPage(driver, network.port())
                    .load(SHOP.page(network.port(), ""))
                    .open();
            widget.ask(QUESTION);
            widget.until(d -> LLM.requests().isEmpty() ? null : true); // node A stored it and is making the answer

            network.cut();
            widget.until(d -> widget.find(".status").getText().contains("Reconnecting"));
            network.restoreTo(nodes.portB());

            widget.awaitReply("We do not sell crypto");
            assertThat(widget.all(".msg.visitor.pending")).isEmpty();
            assertThat(widget.all(".msg.failed")).isEmpty();
            assertThat(widget.transcript().stream().filter(t -> t.contains("We do not sell crypto")))
                    .hasSize(1);
            assertThat(LLM.requests())
                    .as("answered once, by node A, not again by node B")
                    .hasSize(1);
        }
    }

    private static ConfigurableApplicationContext start() {
        return CatalogNode.run(
                TwoNodesOnRedisIT.redisUrl(),
                "--penny.llm.base-url=" + LLM.baseUrl(),
                "--penny.llm.api-key=test-key",
                "--penny.llm.timeout=30s",
                // any question the FAQ does not answer goes to the LLM, however loosely the FAQ matches it
                "--penny.policy.min-grounding-score=0",
                "--penny.limits.allowed-origins=" + SHOP.origin());
    }
}
