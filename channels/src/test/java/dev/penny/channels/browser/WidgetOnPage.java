package dev.penny.channels.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The widget as a visitor uses it, reached through its shadow root, on a host page in one browser. */
final class WidgetOnPage {

    static final Duration WAIT = Duration.ofSeconds(20);

    final WebDriver driver;
    private final int pennyPort;

    WidgetOnPage(WebDriver driver, int pennyPort) {
        this.driver = driver;
        this.pennyPort = pennyPort;
    }

    /** Loads a host page and waits until the launcher is there. */
    WidgetOnPage load(String url) {
        driver.get(url);
        until(d -> !shadow().findElements(By.cssSelector(".launcher")).isEmpty());
        return this;
    }

    SearchContext shadow() {
        return until(d -> {
            List<WebElement> hosts = d.findElements(By.cssSelector("penny-chat"));
            return hosts.isEmpty() ? null : hosts.get(0).getShadowRoot();
        });
    }

    WebElement find(String css) {
        return shadow().findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return shadow().findElements(By.cssSelector(css));
    }

    WidgetOnPage open() {
        if (!find(".panel").isDisplayed()) {
            find(".launcher").click();
        }
        until(d -> find(".panel").isDisplayed());
        return this;
    }

    /** Types a message and sends it with Enter, as a visitor would. */
    WidgetOnPage ask(String text) {
        WebElement input = find(".input");
        input.sendKeys(text);
        input.sendKeys(Keys.ENTER);
        return this;
    }

    /** Waits for a message from someone other than the visitor whose text contains {@code text}; returns it. */
    WebElement awaitReply(String text) {
        return until(d -> all(".msg:not(.visitor):not(.greeting)").stream()
                .filter(m -> m.findElement(By.cssSelector(".body")).getText().contains(text))
                .findFirst()
                .orElse(null));
    }

    String banner() {
        WebElement banner = find(".banner");
        return banner.isDisplayed() ? banner.getText() : "";
    }

    WidgetOnPage awaitBanner(String text) {
        until(d -> banner().contains(text));
        return this;
    }

    /** Every message's text in order, greeting included. */
    List<String> transcript() {
        return all(".msg .body").stream().map(WebElement::getText).toList();
    }

    /** The public conversation id the widget keeps for this Penny host in this tab, or null. */
    String conversationId() {
        Object id = js(
                "var s = sessionStorage.getItem(arguments[0]); return s && JSON.parse(s).id;",
                "penny:localhost:" + pennyPort + ":conversation");
        return (String) id;
    }

    /** What the widget keeps for this Penny host in this tab's sessionStorage, as stored (JSON), or null. */
    String storedInTab() {
        return (String)
                js("return sessionStorage.getItem(arguments[0]);", "penny:localhost:" + pennyPort + ":conversation");
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Computed styles of an element inside the widget, for the properties named. */
    @SuppressWarnings("unchecked")
    Map<String, String> style(String css, List<String> properties) {
        return (Map<String, String>) js(
                "var s = getComputedStyle(arguments[0]); var out = {};"
                        + " arguments[1].forEach(function (p) { out[p] = s.getPropertyValue(p); }); return out;",
                find(css),
                properties);
    }

    <T> T until(java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }
}
