package dev.penny.channels.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The agent console as an agent uses it: signed in through the login form, then the queue and a conversation. */
final class AgentConsole {

    private static final Duration WAIT = Duration.ofSeconds(20);

    final WebDriver driver;

    private AgentConsole(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens the console, is sent to the login form, signs in and waits until the agent socket is online. */
    static AgentConsole signIn(WebDriver driver, int pennyPort, String user, String password) {
        driver.get("http://localhost:" + pennyPort + "/console/");
        AgentConsole console = new AgentConsole(driver);
        console.until(d -> d.getCurrentUrl().contains("/login"));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        console.until(d -> d.getCurrentUrl().contains("/console/"));
        console.until(d -> "Online".equals(d.findElement(By.id("connection")).getText()));
        return console;
    }

    WebElement awaitWaiting(String conversationId) {
        return until(
                d -> d.findElements(By.cssSelector("#queue li[data-conversation='" + conversationId + "']")).stream()
                        .findFirst()
                        .orElse(null));
    }

    List<WebElement> waiting(String conversationId) {
        return driver.findElements(By.cssSelector("#queue li[data-conversation='" + conversationId + "']"));
    }

    void claim(String conversationId) {
        awaitWaiting(conversationId).findElement(By.cssSelector("button.claim")).click();
        until(d -> conversationId.equals(d.findElement(By.id("chat")).getDomAttribute("data-conversation"))
                && d.findElement(By.id("chat")).isDisplayed());
    }

    /** Waits for a transcript entry containing {@code text}. */
    WebElement awaitTurn(String text) {
        return until(d -> d.findElements(By.cssSelector("#transcript .turn")).stream()
                .filter(t -> t.findElement(By.cssSelector(".text")).getText().contains(text))
                .findFirst()
                .orElse(null));
    }

    List<WebElement> suggestions() {
        return until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("#suggestions .suggestion"));
            return found.isEmpty() ? null : found;
        });
    }

    WebElement replyBox() {
        return driver.findElement(By.id("reply-text"));
    }

    void send() {
        driver.findElement(By.cssSelector("#reply button[type=submit]")).click();
    }

    /** Ends the conversation shown. */
    void closeConversation() {
        driver.findElement(By.id("close")).click();
    }

    void handBack() {
        driver.findElement(By.id("release")).click();
        until(d -> !d.findElement(By.id("chat")).isDisplayed());
    }

    <T> T until(java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }
}
