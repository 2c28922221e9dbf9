package dev.penny.channels.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.catalog.ServedCatalog;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.feedback.ConversationRating;
import dev.penny.core.feedback.FeedbackStore;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

/** Thumbs on bot answers and the rating of an agent conversation, in Chromium, with the keyboard alone. */
class WidgetFeedbackBrowserIT extends PennyInBrowser {

    @Autowired
    FeedbackStore feedback;

    @Autowired
    ServedCatalog served;

    @Test
    void a_visitor_gives_a_thumbs_down_with_a_comment_using_only_the_keyboard() {
        WidgetOnPage widget = visitorOn("").open();
        widget.ask("How do I change my PIN?");
        WebElement answer = widget.awaitReply("PIN services");
        String version = served.liveFaq().current().label();
        long before = feedback.counts(version).unhelpful();

        List<WebElement> thumbs = answer.findElements(By.cssSelector(".rate > button"));
        assertThat(thumbs).extracting(b -> b.getDomAttribute("aria-label")).containsExactly("Helpful", "Not helpful");
        thumbs.get(0).sendKeys(Keys.ENTER);
        widget.until(d -> "true".equals(thumbs.get(0).getDomAttribute("aria-pressed")));
        new Actions(widget.driver).sendKeys(Keys.TAB, Keys.SPACE).perform(); // on to the thumbs down, and press it
        widget.until(d -> "true".equals(thumbs.get(1).getDomAttribute("aria-pressed")));
        assertThat(thumbs.get(0).getDomAttribute("aria-pressed")).isEqualTo("false");
        // the comment box took the focus: typing goes there, Enter sends it
        new Actions(widget.driver)
                .sendKeys("It did not say where in the app", Keys.ENTER)
                .perform();
        widget.until(d -> answer.getText().contains("Thanks for your feedback!"));

        ConversationId id = new ConversationId(widget.conversationId());
        widget.until(
                d -> feedback.feedbackOn(id).stream().anyMatch(f -> !f.comment().isEmpty()));
        assertThat(feedback.feedbackOn(id)).singleElement().satisfies(f -> {
            assertThat(f.helpful()).isFalse();
            assertThat(f.comment()).isEqualTo("It did not say where in the app");
            assertThat(f.intentId()).isEqualTo("change_pin");
        });
        assertThat(feedback.counts(version).unhelpful()).isEqualTo(before + 1);
        Chromium.screenshot(widget.driver, "widget-feedback");
    }

    @Test
    void a_visitor_rates_a_closed_agent_conversation() {
        AgentConsole agent = agent();
        WidgetOnPage visitor = visitorOn("").open();
        visitor.ask("I want to talk to a human");
        visitor.awaitBanner("Waiting for an agent");
        String conversation = visitor.conversationId();
        agent.awaitWaiting(conversation);
        agent.claim(conversation);
        visitor.awaitBanner("You are chatting with an agent");
        agent.replyBox().sendKeys("Your card is on its way.");
        agent.send();
        visitor.awaitReply("Your card is on its way.");
        agent.driver.findElement(By.id("close")).click();

        visitor.awaitBanner("This conversation was closed");
        WebElement rating = visitor.until(d -> visitor.find(".msg.system .rate"));
        assertThat(rating.getDomAttribute("aria-label")).isEqualTo("How was your chat with us?");
        List<WebElement> scores = rating.findElements(By.cssSelector("button"));
        assertThat(scores).extracting(WebElement::getText).containsExactly("1", "2", "3", "4", "5");
        scores.get(3).sendKeys(Keys.ENTER);
        visitor.until(d ->
                visitor.all(".msg.system").stream().anyMatch(m -> m.getText().contains("Thanks for your feedback!")));

        ConversationId id = new ConversationId(conversation);
        visitor.until(d -> feedback.rating(id).isPresent());
        assertThat(feedback.rating(id)).map(ConversationRating::score).contains(4);
    }
}
