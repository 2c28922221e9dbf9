package dev.penny.channels.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.privacy.PersonalData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** A visitor in one browser and an agent in the console in another: handoff, live chat, hand back, left messages. */
class ConsoleBrowserIT extends PennyInBrowser {

    @Test
    void an_agent_sees_the_handoff_claims_it_replies_and_hands_back_to_the_bot() {
        AgentConsole agent = agent();
        AgentConsole colleague = secondAgent();
        WidgetOnPage visitor = visitorOn("").open();

        visitor.ask("I want to talk to a human please");
        visitor.awaitBanner("Waiting for an agent");
        String conversation = visitor.conversationId();

        WebElement waiting = agent.awaitWaiting(conversation);
        assertThat(waiting.getText()).contains("talk to a human", "waiting", "$");
        colleague.awaitWaiting(conversation);
        Chromium.screenshot(agent.driver, "console-queue");
        agent.claim(conversation);
        colleague.until(d -> colleague.waiting(conversation).isEmpty()); // the queue changes live for everyone

        // The transcript shows why the bot handed off.
        WebElement handoff = agent.awaitTurn("talk to a human");
        assertThat(handoff.getDomAttribute("class")).contains("visitor");
        WebElement decision = agent.driver.findElement(By.cssSelector("#transcript .turn.bot .decision"));
        assertThat(decision.getText()).contains("human", "visitor asked for a person");
        visitor.awaitBanner("You are chatting with an agent");

        // The visitor asks; the console suggests the FAQ answer; the agent inserts, edits and sends it.
        visitor.ask("How do I change my PIN?");
        agent.awaitTurn("How do I change my PIN?");
        agent.until(d -> agent.suggestions().get(0).getText().contains("PIN"));
        List<WebElement> suggestions = agent.suggestions();
        suggestions.get(0).click();
        assertThat(agent.replyBox().getDomProperty("value")).contains("PIN services");
        agent.replyBox().sendKeys(" Anything else?");
        agent.send();
        WebElement reply = visitor.awaitReply("Anything else?");
        assertThat(reply.getText()).contains("PIN services");
        assertThat(reply.findElement(By.cssSelector(".who")).getText()).isEqualToIgnoringCase("Agent");

        // Markup and script links from an agent are text too, on both sides.
        agent.replyBox()
                .sendKeys("Look: <img src=x onerror=\"window.pennyPwned='agent-img'\">"
                        + " [click](javascript:window.pennyPwned='agent-link') [help](https://bank.example/help)");
        agent.send();
        WebElement unsafe = visitor.awaitReply("Look: <img src=x");
        assertThat(unsafe.getText()).contains("[click](javascript:");
        WidgetBrowserIT.assertNothingRan(visitor);
        assertThat(visitor.all(".msg a[href='https://bank.example/help']")).hasSize(1);
        agent.awaitTurn("Look: <img src=x");
        assertThat(agent.driver.findElements(By.cssSelector("#transcript img"))).isEmpty();
        assertThat(agent.driver.findElements(By.cssSelector("#transcript a[href^='javascript' i]")))
                .isEmpty();
        Chromium.screenshot(agent.driver, "console-conversation");
        Chromium.screenshot(visitor.driver, "widget-with-agent");

        agent.handBack();
        visitor.until(d -> visitor.banner().isEmpty());
        visitor.ask("What exchange rate do you use?");
        WebElement bot = visitor.awaitReply("interbank rate");
        assertThat(bot.findElement(By.cssSelector(".who")).getText()).isEqualToIgnoringCase("Bot · FAQ");
    }

    @Autowired
    PersonalData personalData;

    @Test
    void an_erased_conversation_leaves_the_console_whether_held_or_waiting() {
        AgentConsole agent = agent();
        WidgetOnPage held = visitorOn("").open();
        WidgetOnPage waiting = visitorOn("").open();
        held.ask("I want to talk to a human please");
        waiting.ask("I want to talk to a human please");
        String heldId = held.conversationId();
        String waitingId = waiting.conversationId();
        agent.awaitWaiting(waitingId);
        agent.claim(heldId);

        personalData.erase(new ConversationId(heldId));
        personalData.erase(new ConversationId(waitingId));

        agent.until(d -> agent.waiting(waitingId).isEmpty()
                && !d.findElement(By.id("chat")).isDisplayed()
                && d.findElements(By.cssSelector("#mine button")).isEmpty());
        assertThat(agent.driver.findElement(By.id("toast")).getText()).contains("erased");
    }

    @Test
    void with_no_agent_online_a_visitor_leaves_a_message_and_the_agent_reads_it_later() {
        WidgetOnPage visitor = visitorOn("").open();
        visitor.ask("Can I speak to a person?");

        WebElement form = visitor.until(d -> visitor.find(".leave").isDisplayed() ? visitor.find(".leave") : null);
        assertThat(form.getText()).contains("No agent is online");
        visitor.find("#penny-leave-text").sendKeys("Please call me about my card <b>today</b>");
        visitor.find("#penny-leave-email").sendKeys("visitor@example.com");
        Chromium.screenshot(visitor.driver, "widget-leave-message");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        visitor.awaitBanner("We will answer by email");
        assertThat(visitor.find(".leave").isDisplayed()).isFalse();

        AgentConsole agent = agent();
        WebElement left = agent.until(d -> d.findElements(By.cssSelector("#left li")).stream()
                .filter(li -> li.getText().contains("visitor@example.com"))
                .findFirst()
                .orElse(null));
        // The form starts with the question nobody answered; the visitor adds to it.
        assertThat(left.getText()).contains("Can I speak to a person?\nPlease call me about my card <b>today</b>");
        assertThat(agent.driver.findElements(By.cssSelector("#left b"))).isEmpty();
    }

    @Test
    void the_console_needs_a_sign_in_through_a_form_with_a_csrf_token() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/console/"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));

        var driver = remember(Chromium.desktop());
        driver.get("http://localhost:" + port + "/console/console.js");
        assertThat(driver.getCurrentUrl()).contains("/login");
        assertThat(driver.findElements(By.cssSelector("form input[name=_csrf]")))
                .hasSize(1);
        Chromium.screenshot(driver, "console-login");
    }
}
