package dev.penny.channels.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;

/**
 * Where the widget keeps the conversation's secret resume token: per tab unless the embedding site asks for the browser,
 * and forgotten when an agent closes the conversation if the site asks for that.
 */
class WidgetMemoryBrowserIT extends PennyInBrowser {

    private static final String QUESTION = "How do I change my PIN?";

    @Test
    void a_new_tab_starts_its_own_conversation_so_the_next_person_at_a_shared_computer_does_not_resume_it() {
        WidgetOnPage first = visitorOn("").open();
        first.ask(QUESTION);
        first.awaitReply("PIN services");
        String conversation = first.conversationId();
        assertThat(first.js("return localStorage.length")).isEqualTo(0L);
        assertThat(first.storedInTab())
                .as("the secret resume token, kept in the tab")
                .contains(conversation + ".");

        WidgetOnPage second = inNewTab(first.driver);
        second.ask("hello");
        second.until(d -> second.conversationId() != null);
        assertThat(second.conversationId()).isNotEqualTo(conversation);
        assertThat(second.transcript()).doesNotContain(QUESTION);
    }

    @Test
    void a_site_may_keep_the_conversation_in_the_browser_across_tabs() {
        WidgetOnPage first = visitorOn("remember=browser").open();
        first.ask(QUESTION);
        first.awaitReply("PIN services");

        WidgetOnPage second = inNewTab(first.driver);
        second.until(d -> second.transcript().contains(QUESTION));
    }

    @Test
    void a_site_that_asks_forgets_the_conversation_when_an_agent_closes_it_and_a_reload_starts_anew() {
        WidgetOnPage visitor = visitorOn("forget=closed").open();
        String conversation = handedOffAndClosed(visitor);

        visitor.until(d -> visitor.storedInTab() == null);
        visitor.load(visitor.driver.getCurrentUrl()).open();
        visitor.ask("hello");
        visitor.until(d -> visitor.conversationId() != null);
        assertThat(visitor.conversationId()).isNotEqualTo(conversation);
        assertThat(visitor.transcript()).doesNotContain("I want to talk to a human please");
    }

    @Test
    void without_it_a_closed_conversation_is_resumed_after_a_reload() {
        WidgetOnPage visitor = visitorOn("").open();
        String conversation = handedOffAndClosed(visitor);

        visitor.load(visitor.driver.getCurrentUrl()).open();
        visitor.until(d -> visitor.transcript().contains("I want to talk to a human please"));
        assertThat(visitor.conversationId()).isEqualTo(conversation);
    }

    private String handedOffAndClosed(WidgetOnPage visitor) {
        AgentConsole agent = agent();
        visitor.ask("I want to talk to a human please");
        visitor.awaitBanner("Waiting for an agent");
        String conversation = visitor.conversationId();
        agent.claim(conversation);
        visitor.awaitBanner("You are chatting with an agent");
        agent.closeConversation();
        visitor.awaitBanner("This conversation was closed");
        return conversation;
    }

    private WidgetOnPage inNewTab(WebDriver driver) {
        String url = driver.getCurrentUrl();
        driver.switchTo().newWindow(WindowType.TAB);
        return new WidgetOnPage(driver, port).load(url).open();
    }
}
