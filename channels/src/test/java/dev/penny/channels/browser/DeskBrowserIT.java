package dev.penny.channels.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.desk.IdentityCheck;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The console's desk features in Chromium: canned responses by shortcut, identity, notes, transfer. */
class DeskBrowserIT extends PennyInBrowser {

    private static final String THANKS = "Thank you for waiting, I am looking into it now.";

    @Test
    void an_agent_inserts_a_canned_response_by_shortcut_notes_and_transfers_a_verified_visitor() {
        AgentConsole ann = agent();
        AgentConsole ben = secondAgent();
        String hash = new IdentityCheck(IDENTITY_SECRET).sign("user-42");
        WidgetOnPage visitor =
                visitorOn("user=user-42&hash=" + hash + "&plan=pro").open();

        // Canned responses are managed in the side panel.
        ann.driver.findElement(By.id("canned-shortcut")).sendKeys("thanks");
        ann.driver.findElement(By.id("canned-text")).sendKeys(THANKS);
        ann.driver
                .findElement(By.cssSelector("#canned-form button[type=submit]"))
                .click();
        ann.until(d -> d.findElement(By.id("canned")).getText().contains("/thanks"));

        visitor.ask("I want to talk to a human please");
        visitor.awaitBanner("Waiting for an agent");
        String conversation = visitor.conversationId();
        ann.claim(conversation);

        // The verified identity and its attributes.
        WebElement identity = ann.until(d -> {
            WebElement line = d.findElement(By.id("identity"));
            return "verified".equals(line.getDomAttribute("data-kind")) ? line : null;
        });
        assertThat(identity.getText())
                .contains("Verified user user-42 · plan: pro")
                .doesNotContain("null");

        // "/than" then Tab inserts the canned response, which the agent sends.
        WebElement reply = ann.replyBox();
        reply.sendKeys("Hi! /than");
        ann.until(d -> d.findElement(By.id("canned-hint")).getText().contains("/thanks"));
        reply.sendKeys(Keys.TAB);
        assertThat(reply.getDomProperty("value")).isEqualTo("Hi! " + THANKS);
        ann.send();
        visitor.awaitReply(THANKS);

        // A note shows in the console, never in the widget.
        ann.driver.findElement(By.id("note-text")).sendKeys("VIP customer, card blocked twice");
        ann.driver.findElement(By.cssSelector("#note-form button[type=submit]")).click();
        ann.until(d -> d.findElement(By.id("notes")).getText().contains("VIP customer"));
        Chromium.screenshot(ann.driver, "console-desk");

        // Transfer to ben: ben's console opens it with the note; ann's closes it.
        ann.driver.findElement(By.id("transfer-to")).sendKeys(SECOND_AGENT);
        ann.driver.findElement(By.cssSelector("#transfer button[type=submit]")).click();
        ann.until(d -> !d.findElement(By.id("chat")).isDisplayed());
        ben.until(d -> conversation.equals(d.findElement(By.id("chat")).getDomAttribute("data-conversation")));
        ben.until(d -> d.findElement(By.id("notes")).getText().contains("VIP customer"));
        visitor.awaitReply("Another agent has taken over the conversation.");
        ben.replyBox().sendKeys("Ben here.");
        ben.send();
        visitor.awaitReply("Ben here.");

        assertThat(visitor.transcript()).noneMatch(text -> text.contains("VIP customer"));
    }
}
