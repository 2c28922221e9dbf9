package dev.penny.channels.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.testing.Eventually;
import dev.penny.core.analytics.AnalyticsCounters;
import dev.penny.core.analytics.CountedBucket;
import dev.penny.core.analytics.Granularity;
import dev.penny.core.analytics.Measures;
import dev.penny.core.cost.CostKind;
import dev.penny.core.policy.Route;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A support lead on the analytics page in headless Chromium, after visitors chatted in the widget over the real
 * socket: the figures on the page equal the store's counts for the page's period, the charts are drawn by the
 * library Penny serves, within the staff pages' content policy; an agent is refused.
 */
class AnalyticsBrowserIT extends PennyInBrowser {

    static final String LEAD = "lena";
    static final String LEAD_PASSWORD = "lena-browser-password";

    @Autowired
    AnalyticsCounters counters;

    @DynamicPropertySource
    static void lead(DynamicPropertyRegistry registry) {
        agentsAnd(registry, LEAD, "LEAD", LEAD_PASSWORD);
    }

    /** The page's default period: the 24 hours up to the end of the current one. */
    private Map<String, Long> storeTotalsOfTheLast24Hours() {
        Instant end = Granularity.HOUR.start(Instant.now()).plus(Duration.ofHours(1));
        Map<String, Long> totals = new TreeMap<>();
        for (CountedBucket bucket : counters.buckets(Granularity.HOUR, end.minus(Duration.ofHours(24)), end)) {
            bucket.totals().forEach((measure, n) -> totals.merge(measure, n, Long::sum));
        }
        return totals;
    }

    @Test
    void the_figures_on_the_page_equal_the_stores_counts_after_real_traffic() {
        WidgetOnPage ana = visitorOn("").open();
        ana.ask("How do I change my PIN?");
        ana.awaitReply("PIN services");
        WidgetOnPage bo = visitorOn("").open();
        bo.ask("where is my card");
        bo.awaitReply("");
        bo.ask("I want to talk to a human please");
        Eventually.within(
                Duration.ofSeconds(10),
                () -> assertThat(storeTotalsOfTheLast24Hours())
                        .containsEntry(Measures.CONVERSATIONS, 2L)
                        .containsEntry(Measures.VISITOR_MESSAGES, 3L)
                        .containsEntry(Measures.answers(Route.HUMAN), 1L));

        WebDriver lead = remember(Chromium.desktop());
        signIn(lead, LEAD, LEAD_PASSWORD);
        WebDriverWait wait = new WebDriverWait(lead, Duration.ofSeconds(30));
        wait.until(d -> d.findElement(By.tagName("body")).getAttribute("data-loaded") != null);
        Chromium.screenshot(lead, "analytics");

        Map<String, Long> store = storeTotalsOfTheLast24Hours();
        long conversations = store.get(Measures.CONVERSATIONS);
        assertThat(figure(lead, "conversations")).isEqualTo(String.valueOf(conversations));
        assertThat(text(lead, "conversations")).isEqualTo("2");
        for (Route route : Route.values()) {
            assertThat(figure(lead, "answers-" + route.name().toLowerCase(java.util.Locale.ROOT)))
                    .as(route.name())
                    .isEqualTo(String.valueOf(store.getOrDefault(Measures.answers(route), 0L)));
        }
        long withPerson = store.getOrDefault(Measures.WITH_PERSON, 0L);
        assertThat(Double.parseDouble(figure(lead, "automationRate")))
                .isEqualTo(Math.round(10_000.0 * (conversations - withPerson) / conversations) / 10_000.0);
        assertThat(Double.parseDouble(figure(lead, "handoffRate")))
                .isEqualTo(
                        Math.round(10_000.0 * store.getOrDefault(Measures.HANDED_OFF, 0L) / conversations) / 10_000.0);
        long bot = store.getOrDefault(Measures.microDollars(CostKind.LOCAL_CLASSIFICATION), 0L)
                + store.getOrDefault(Measures.microDollars(CostKind.LLM_INPUT_TOKENS), 0L)
                + store.getOrDefault(Measures.microDollars(CostKind.LLM_OUTPUT_TOKENS), 0L);
        assertThat(figure(lead, "botMicroUsd")).isEqualTo(String.valueOf(bot));
        assertThat(figure(lead, "allLlmMicroUsd"))
                .isEqualTo(String.valueOf(store.get(Measures.microDollars(CostKind.ALL_LLM_BASELINE))));
        assertThat(lead.findElements(By.cssSelector("#top-intents li")))
                .anySatisfy(li -> assertThat(li.getText()).startsWith("change_pin"));

        // the charts are drawn, by the library Penny serves, breaking no rule of the content policy
        assertThat(lead.findElements(By.cssSelector(".uplot canvas"))).hasSize(3);
        assertThat((List<?>) js(lead, "return window.pennyCspViolations")).isEmpty();

        // one catalog version served: its figures are the same
        lead.findElement(By.id("version")).click();
        List<String> versions = lead.findElements(By.cssSelector("#version option")).stream()
                .map(o -> o.getAttribute("value"))
                .toList();
        assertThat(versions).hasSize(2);
        js(
                lead,
                "var s = document.getElementById('version'); s.value = arguments[0];"
                        + " s.dispatchEvent(new Event('change'));",
                versions.get(1));
        assertThat(figure(lead, "conversations")).isEqualTo(String.valueOf(conversations));
        assertThat(lead.findElements(By.cssSelector("#versions tbody tr"))).hasSize(1);
    }

    @Test
    void an_agent_is_refused_the_page_and_its_api() {
        WebDriver agent = remember(Chromium.desktop());
        agent.get("http://localhost:" + port + "/analytics/");
        new WebDriverWait(agent, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().contains("/login"));
        agent.findElement(By.id("username")).sendKeys(AGENT);
        agent.findElement(By.id("password")).sendKeys(AGENT_PASSWORD);
        agent.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(agent, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().contains("/analytics/"));

        assertThat(agent.findElements(By.id("figures"))).isEmpty();
        Object status = ((JavascriptExecutor) agent)
                .executeAsyncScript("var done = arguments[0];"
                        + " fetch('/api/analytics', {credentials: 'same-origin'}).then(r => done(r.status));");
        assertThat(status).isEqualTo(403L);
    }

    private void signIn(WebDriver driver, String user, String password) {
        driver.get("http://localhost:" + port + "/analytics/");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(d -> d.getCurrentUrl().contains("/login"));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> d.getCurrentUrl().contains("/analytics/"));
        js(
                driver,
                "window.pennyCspViolations = [];"
                        + " document.addEventListener('securitypolicyviolation',"
                        + " e => window.pennyCspViolations.push(e.violatedDirective + ' ' + e.blockedURI));");
    }

    private static String figure(WebDriver driver, String key) {
        return driver.findElement(By.id("fig-" + key)).getAttribute("data-value");
    }

    private static String text(WebDriver driver, String key) {
        return driver.findElement(By.id("fig-" + key)).getText();
    }

    private static Object js(WebDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }
}
