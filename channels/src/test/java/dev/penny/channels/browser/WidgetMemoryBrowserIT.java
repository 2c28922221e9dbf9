package dev.penny.channels.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;

/** Where the widget keeps the conversation token: per tab unless the embedding site asks for the browser. */
class WidgetMemoryBrowserIT extends PennyInBrowser {

    private static final String QUESTION = "How do I change my PIN?";

    @Test
    void a_new_tab_starts_its_own_conversation_so_the_next_person_at_a_shared_computer_does_not_resume_it() {
        WidgetOnPage first = visitorOn("").open();
        first.ask(QUESTION);
        first.awaitReply("PIN services");
        String conversation = first.conversationId();
        assertThat(first.js("return localStorage.length")).isEqualTo(0L);

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

    private WidgetOnPage inNewTab(WebDriver driver) {
        String url = driver.getCurrentUrl();
        driver.switchTo().newWindow(WindowType.TAB);
        return new WidgetOnPage(driver, port).load(url).open();
    }
}
