package dev.penny.channels.browser;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The FAQ editor as a product owner uses it: signed in through the login form, then by its labels and buttons. */
final class EditorPage {

    // Publishing trains a classifier and the report cross-validates: slower than a chat reply.
    private static final Duration WAIT = Duration.ofSeconds(60);

    final WebDriver driver;

    private EditorPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens the editor, is sent to the login form, signs in and waits until the catalog summary has loaded. */
    static EditorPage signIn(WebDriver driver, int pennyPort, String user, String password) {
        driver.get("http://localhost:" + pennyPort + "/editor/");
        EditorPage editor = new EditorPage(driver);
        editor.until(d -> d.getCurrentUrl().contains("/login"));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        editor.until(d -> d.getCurrentUrl().contains("/editor/"));
        editor.until(d -> d.findElement(By.id("summary")).getText().contains("Draft:"));
        editor.until(d ->
                !d.findElements(By.cssSelector("#intent-list .intent-item")).isEmpty());
        // Whatever the page does from here on (bars, charts, previews) must stay within its content policy.
        editor.js("window.pennyCspViolations = [];"
                + " document.addEventListener('securitypolicyviolation',"
                + " e => window.pennyCspViolations.push(e.violatedDirective + ' ' + e.blockedURI));");
        return editor;
    }

    WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    /**
     * Clicks as a person does: scrolled to the middle of the view first, since the form's Save bar stays at the
     * bottom of the view and WebDriver would otherwise scroll a button to just under it.
     */
    void click(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    void click(String id) {
        click(byId(id));
    }

    /** Clicks what {@code find} finds, finding it again when the page drew it anew in between. */
    void clickSteady(Supplier<WebElement> find) {
        steady(() -> {
            click(find.get());
            return true;
        });
    }

    /** What {@code read} reads from elements it finds, found and read again when the page drew them anew in between. */
    <T> T steady(Supplier<T> read) {
        return until(d -> read.get());
    }

    void tab(String name) {
        byId("tab-" + name).click();
        until(d -> byId("panel-" + name).isDisplayed());
    }

    /* ---------- intents ---------- */

    void newIntent() {
        byId("intent-new").click();
        until(d -> byId("intent-form").isDisplayed());
    }

    /** Opens an intent from the list and waits until the form shows it. */
    void open(String intentId) {
        until(d -> d.findElements(listItem(intentId)).isEmpty() ? null : d.findElement(listItem(intentId)))
                .click();
        until(d -> intentId.equals(byId("f-id").getDomProperty("value")));
    }

    By listItem(String intentId) {
        return By.cssSelector("#intent-list .intent-item[data-intent='" + intentId + "']");
    }

    void type(String fieldId, String text) {
        WebElement field = byId(fieldId);
        field.clear();
        field.sendKeys(text);
    }

    /** Types the examples as an owner would: the first in the empty row, Enter for each next one. */
    void examples(List<String> examples) {
        List<WebElement> rows = driver.findElements(By.cssSelector("#f-examples .row-input"));
        WebElement row = rows.get(rows.size() - 1);
        row.click();
        for (int i = 0; i < examples.size(); i++) {
            if (i > 0) {
                driver.switchTo().activeElement().sendKeys(Keys.ENTER);
            }
            driver.switchTo().activeElement().sendKeys(examples.get(i));
        }
    }

    /** Adds one more example with the "Add example" button. */
    void addExample(String example) {
        click("f-example-add");
        driver.switchTo().activeElement().sendKeys(example);
    }

    void save() {
        click("f-save");
    }

    /** The problem shown right after a field, once the server refused a save. */
    WebElement problemAfter(String fieldId) {
        return until(d -> {
            List<WebElement> next = d.findElements(By.cssSelector("#" + fieldId + " + .problem"));
            return next.isEmpty() ? null : next.get(0);
        });
    }

    /* ---------- status ---------- */

    String status() {
        return byId("status").getText();
    }

    void awaitStatus(String text) {
        until(d -> status().contains(text));
    }

    /* ---------- try it ---------- */

    /** Tries a phrase against "draft" or "live" and returns the result once it is there. */
    WebElement tryPhrase(String phrase, String against) {
        tab("try");
        type("try-text", phrase);
        driver.findElement(By.cssSelector("input[name=against][value=" + against + "]"))
                .click();
        driver.findElement(By.cssSelector("#try-form button[type=submit]")).click();
        return until(d -> {
            WebElement result = byId("try-result");
            String text = result.getText();
            return !text.isEmpty() && !text.startsWith("Trying") ? result : null;
        });
    }

    /** The id of the best intent in the last try. */
    String topIntent() {
        return driver.findElement(By.cssSelector("#try-result .score.best .item-id"))
                .getText();
    }

    /** The ids of every intent the last try listed, best first; none if it failed. */
    List<String> triedIntents() {
        return driver.findElements(By.cssSelector("#try-result .score .item-id")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /* ---------- report and publish ---------- */

    void runReport() {
        tab("report");
        byId("report-run").click();
        until(d -> !d.findElements(By.cssSelector("#report .figure")).isEmpty()
                || !d.findElements(By.cssSelector("#report .problem")).isEmpty());
    }

    void publish() {
        tab("publish");
        until(d -> byId("publish").isEnabled());
        byId("publish").click();
        awaitStatus("Published version");
    }

    /* ---------- suggestions ---------- */

    /**
     * Opens the Suggestions panel and waits until a group lists every one of {@code questions}; returns that group.
     * The page loads suggestions when the tab opens; Refresh asks again, as an owner would while traffic comes in.
     */
    WebElement suggestionWith(List<String> questions) {
        tab("suggestions");
        return until(d -> {
            try {
                for (WebElement group : d.findElements(By.cssSelector("#suggestions .suggestion-group"))) {
                    List<String> texts = group.findElements(By.cssSelector(".questions input[type=checkbox]")).stream()
                            .map(box -> box.getDomAttribute("data-text"))
                            .toList();
                    if (texts.containsAll(questions)) {
                        return group;
                    }
                }
            } catch (StaleElementReferenceException redrawn) {
                return null; // the list was drawn again while being read
            }
            byId("suggestions-refresh").click();
            return null;
        });
    }

    /** What the browser refused under the page's content policy since sign-in. */
    Object contentPolicyViolations() {
        return js("return window.pennyCspViolations");
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Polls until the condition holds; a list the page re-renders while it is read is read again. */
    <T> T until(java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }
}
