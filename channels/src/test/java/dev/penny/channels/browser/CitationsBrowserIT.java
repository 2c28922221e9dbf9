package dev.penny.channels.browser;

import static dev.penny.channels.testing.HelpCenter.JOINT_ACCOUNT_QUESTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.catalog.ServedCatalog;
import dev.penny.channels.llm.LocalLlm;
import dev.penny.channels.llm.LocalOpenAiServer;
import dev.penny.channels.testing.HelpCenter;
import dev.penny.intents.versions.CatalogStore;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * An LLM answer with citations, from the real langchain4j client and an OpenAI-compatible server in the test, in
 * Chromium: the widget shows {@code [1]} as a link to the cited passage and lists the sources; the agent console shows
 * the passages behind the answer.
 */
@TestPropertySource(properties = {"penny.publishing.check-every=200ms", "penny.llm.timeout=5s"})
@LocalLlm
class CitationsBrowserIT extends PennyInBrowser {

    @Autowired
    LocalOpenAiServer llm;

    @Autowired
    CatalogStore store;

    @Autowired
    ServedCatalog served;

    @BeforeEach
    void publishTheHelpCenter() {
        HelpCenter.publishOnce(store, served);
    }

    @Test
    void the_widget_links_a_citation_to_its_passage_and_drops_a_made_up_link() {
        llm.enqueue(LocalOpenAiServer.Reply.answer(
                "You can open one together in the app [1]. Or [click here](https://evil.example/login)"
                        + " or [run this](javascript:window.pennyPwned=1).",
                900,
                40));
        WidgetOnPage widget = visitorOn("").open();
        widget.ask(JOINT_ACCOUNT_QUESTION);

        WebElement answer = widget.awaitReply("You can open one together in the app");
        String url = sourceUrl(answer);
        List<WebElement> citations = answer.findElements(By.cssSelector(".body a"));
        assertThat(citations).singleElement().satisfies(a -> {
            assertThat(a.getText()).isEqualTo("[1]");
            assertThat(a.getDomAttribute("href")).isEqualTo(url);
            assertThat(a.getDomAttribute("rel")).isEqualTo("noopener noreferrer");
        });
        assertThat(answer.findElement(By.cssSelector(".body")).getText())
                .doesNotContain("evil.example", "javascript")
                .contains("Or click here or run this.");
        WebElement listed = answer.findElement(By.cssSelector(".sources a"));
        assertThat(listed.getText()).startsWith("Joint accounts");
        assertThat(listed.getDomAttribute("href")).isEqualTo(url);
        WidgetBrowserIT.assertNothingRan(widget);
        Chromium.screenshot(widget.driver, "widget-citations");
    }

    @Test
    void the_console_shows_the_passages_behind_an_llm_answer() {
        llm.enqueue(LocalOpenAiServer.Reply.answer("Both of you need a verified account first [1].", 900, 30));
        AgentConsole agent = agent();
        WidgetOnPage visitor = visitorOn("").open();
        visitor.ask(JOINT_ACCOUNT_QUESTION);
        String url = sourceUrl(visitor.awaitReply("Both of you need a verified account first"));
        visitor.ask("I want to talk to a human please");
        visitor.awaitBanner("Waiting for an agent");
        String conversation = visitor.conversationId();

        agent.awaitWaiting(conversation);
        agent.claim(conversation);
        WebElement turn = agent.awaitTurn("Both of you need a verified account first");

        WebElement passage = turn.findElement(By.cssSelector(".decision .passages li"));
        assertThat(passage.getText()).startsWith("[1] Joint accounts");
        assertThat(passage.findElement(By.cssSelector("a")).getDomAttribute("href"))
                .isEqualTo(url);
    }

    private static String sourceUrl(WebElement answer) {
        String url = answer.findElement(By.cssSelector(".sources a")).getDomAttribute("href");
        assertThat(url).startsWith("https://help.example.com/accounts/joint");
        return url;
    }
}
