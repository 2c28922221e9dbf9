package dev.penny.channels.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The widget on another site's page, in headless Chromium: what a visitor sees and can do. */
class WidgetBrowserIT extends PennyInBrowser {

    @Test
    void answers_a_faq_question_labelled_as_an_faq_answer() {
        WidgetOnPage widget = visitorOn("").open();
        widget.ask("How do I change my PIN?");

        WebElement answer = widget.awaitReply("PIN services");
        assertThat(answer.findElement(By.cssSelector(".who")).getText()).isEqualToIgnoringCase("Bot · FAQ");
        assertThat(widget.transcript()).contains("How do I change my PIN?");
        assertThat(widget.conversationId()).isNotBlank();
    }

    @Test
    void offers_quick_replies_on_a_close_call_and_answers_the_pick() {
        WidgetOnPage widget = visitorOn("").open();
        widget.ask("where is my card");

        WebElement choice = widget.until(d -> widget.all(".replies button").isEmpty() ? null : widget.find(".replies"));
        List<String> options = choice.findElements(By.cssSelector("button")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(options).contains("When will my card arrive?");
        Chromium.screenshot(widget.driver, "widget-desktop-1280");

        choice.findElements(By.cssSelector("button")).stream()
                .filter(b -> b.getText().equals("When will my card arrive?"))
                .findFirst()
                .orElseThrow()
                .click();

        widget.awaitReply("3 to 5 working days");
        assertThat(widget.transcript()).contains("When will my card arrive?");
        assertThat(widget.all(".replies")).as("used quick replies disappear").isEmpty();
    }

    @Test
    void keeps_the_history_across_a_reload_and_continues_the_conversation() {
        WidgetOnPage widget = visitorOn("").open();
        widget.ask("How do I change my PIN?");
        widget.awaitReply("PIN services");
        String conversation = widget.conversationId();

        WidgetOnPage reloaded = new WidgetOnPage(widget.driver, port);
        reloaded.until(d -> reloaded.find(".panel").isDisplayed()); // it was open, so it reopens
        reloaded.awaitReply("PIN services");
        assertThat(reloaded.transcript()).contains("How do I change my PIN?");

        reloaded.ask("What exchange rate do you use?");
        reloaded.awaitReply("interbank rate");
        assertThat(reloaded.conversationId()).isEqualTo(conversation);
    }

    @Test
    void reconnects_after_the_connection_drops_and_sends_what_was_written_meanwhile() {
        try (FlakyNetwork network = new FlakyNetwork(port)) {
            ChromeDriver driver = remember(Chromium.desktop());
            WidgetOnPage widget = new WidgetOnPage(driver, network.port())
                    .load(SHOP.page(network.port(), ""))
                    .open();
            widget.ask("How do I change my PIN?");
            widget.awaitReply("PIN services");
            String conversation = widget.conversationId();

            network.cut();
            widget.until(d -> widget.find(".status").getText().contains("Reconnecting"));
            widget.ask("What exchange rate do you use?");
            assertThat(widget.all(".msg.visitor.pending")).hasSize(1);
            Chromium.screenshot(driver, "widget-reconnecting");

            network.restore();
            widget.awaitReply("interbank rate");
            widget.until(d -> !widget.find(".status").isDisplayed());
            assertThat(widget.all(".msg.visitor.pending")).isEmpty();
            assertThat(widget.conversationId()).isEqualTo(conversation);
            assertThat(widget.transcript().stream().filter(t -> t.contains("PIN services")))
                    .as("turns the resume sends again are not shown twice")
                    .hasSize(1);
        }
    }

    @Test
    void starts_a_new_conversation_when_the_stored_one_is_unknown() {
        WidgetOnPage widget = visitorOn("");
        String forged = "A".repeat(22);
        widget.js(
                "sessionStorage.setItem(arguments[0], JSON.stringify({id: arguments[1], token: arguments[1] + '.'"
                        + " + arguments[1]}));",
                "penny:localhost:" + port + ":conversation",
                forged);
        WidgetOnPage reloaded = new WidgetOnPage(widget.driver, port)
                .load(widget.driver.getCurrentUrl())
                .open();

        reloaded.until(d -> reloaded.transcript().stream().anyMatch(t -> t.contains("expired")));
        reloaded.ask("How do I change my PIN?");
        reloaded.awaitReply("PIN services");
        assertThat(reloaded.conversationId()).isNotEqualTo(forged).isNotBlank();
    }

    @Test
    void host_page_css_does_not_change_the_widget_and_the_widget_does_not_change_the_host_page() {
        List<String> widgetProperties = List.of(
                "font-size",
                "font-family",
                "color",
                "background-color",
                "width",
                "height",
                "line-height",
                "letter-spacing",
                "padding-top",
                "margin-top",
                "border-top-width",
                "display",
                "position");
        Map<String, Map<String, String>> calm = widgetStyles(visitorOn("").open(), widgetProperties);
        closeBrowsers();
        WidgetOnPage hostile = visitorOn("css=hostile").open();
        Map<String, Map<String, String>> underAttack = widgetStyles(hostile, widgetProperties);
        Chromium.screenshot(hostile.driver, "widget-on-hostile-css");

        assertThat(underAttack).isEqualTo(calm);
        assertThat(hostile.find(".launcher").isDisplayed()).isTrue();

        // The host page with and without the widget: same computed styles, nothing added to <head>.
        for (String css : List.of("", "css=hostile")) {
            Map<String, Object> with = hostStyles(hostile, SHOP.page(port, css));
            Map<String, Object> without =
                    hostStyles(hostile, SHOP.page(port, (css.isEmpty() ? "" : css + "&") + "tags=0"));
            assertThat(with).as("host page " + css).isEqualTo(without);
        }
    }

    @Test
    void markup_and_script_links_in_a_bot_answer_render_as_harmless_text() {
        WidgetOnPage widget = visitorOn("").open();
        widget.ask("show me the formatting sample");

        WebElement answer = widget.awaitReply("Sample:");
        assertThat(answer.getText()).contains("<img src=x onerror=", "<a href=\"javascript:");
        assertNothingRan(widget);
        List<WebElement> links = widget.all(".msg a");
        assertThat(links).hasSize(1);
        assertThat(links.get(0).getDomAttribute("href")).isEqualTo("https://bank.example/docs");
        assertThat(links.get(0).getDomAttribute("rel")).isEqualTo("noopener noreferrer");
        assertThat(links.get(0).getDomAttribute("target")).isEqualTo("_blank");
    }

    static void assertNothingRan(WidgetOnPage widget) {
        assertThat(widget.all("img")).as("img elements in the widget").isEmpty();
        assertThat(widget.all("a[href^='javascript' i]"))
                .as("javascript: links")
                .isEmpty();
        assertThat(widget.js("return window.pennyPwned === undefined;")).isEqualTo(true);
    }

    @Test
    void a_page_on_an_origin_not_in_the_allow_list_cannot_open_a_conversation() {
        ChromeDriver driver = remember(Chromium.desktop());
        WidgetOnPage widget =
                new WidgetOnPage(driver, port).load(STRANGER.page(port, "")).open();
        widget.ask("How do I change my PIN?");

        widget.until(d -> widget.find(".status").getText().contains("unavailable"));
        assertThat(widget.conversationId()).isNull();
        assertThat(widget.all(".msg.visitor.pending")).hasSize(1);
        assertThat(widget.all(".msg.bot:not(.greeting)")).isEmpty();
    }

    @Test
    void including_the_tag_twice_mounts_one_widget() {
        WidgetOnPage widget = visitorOn("tags=2");
        assertThat(widget.js("return document.querySelectorAll('script[src$=\"/widget.js\"]').length;"))
                .isEqualTo(2L);
        widget.until(d -> Boolean.TRUE.equals(widget.js("return !!window.customElements.get('penny-chat');")));
        assertThat(widget.driver.findElements(By.cssSelector("penny-chat"))).hasSize(1);
        assertThat(widget.all(".launcher")).hasSize(1);
    }

    @Test
    void is_usable_with_the_keyboard_and_labelled_for_screen_readers() {
        WidgetOnPage widget = visitorOn("");
        WebElement launcher = widget.find(".launcher");
        assertThat(launcher.getDomAttribute("aria-label")).isEqualTo("Open chat");
        assertThat(launcher.getDomAttribute("aria-expanded")).isEqualTo("false");

        launcher.sendKeys(Keys.ENTER);
        widget.until(d -> widget.find(".panel").isDisplayed());
        assertThat(focused(widget)).isEqualTo("input");
        assertThat(widget.find(".log").getDomAttribute("aria-live")).isEqualTo("polite");
        assertThat(widget.find(".panel").getDomAttribute("role")).isEqualTo("dialog");

        widget.find(".input").sendKeys("How do I change my PIN?", Keys.ENTER);
        widget.awaitReply("PIN services");
        widget.find(".input").sendKeys(Keys.ESCAPE);
        widget.until(d -> !widget.find(".panel").isDisplayed());
        assertThat(focused(widget)).isEqualTo("launcher");
        assertThat(widget.find(".launcher").getDomAttribute("aria-expanded")).isEqualTo("false");
    }

    private static String focused(WidgetOnPage widget) {
        return (String) widget.js("var a = document.querySelector('penny-chat').shadowRoot.activeElement;"
                + " return a ? a.className : null;");
    }

    @Test
    void fits_a_360_px_phone() {
        ChromeDriver driver = remember(Chromium.phone());
        WidgetOnPage widget = new WidgetOnPage(driver, port).load(SHOP.page(port, ""));
        assertThat(widget.js("return window.innerWidth;")).isEqualTo(360L);
        Chromium.screenshot(driver, "widget-360-closed");

        widget.open().ask("where is my card");
        widget.until(d -> widget.all(".replies button").isEmpty() ? null : true);
        Map<String, String> panel = widget.style(".panel", List.of("width"));
        assertThat(panel.get("width")).isEqualTo("360px");
        Long overflow = (Long)
                widget.js("var log = arguments[0]; return log.scrollWidth - log.clientWidth;", widget.find(".log"));
        assertThat(overflow).as("no sideways scrolling").isZero();
        Chromium.screenshot(driver, "widget-360-open");
    }

    @Test
    void embed_figures_time_to_launcher_and_requests() throws Exception {
        ChromeDriver driver = remember(Chromium.desktop());
        WidgetOnPage widget = new WidgetOnPage(driver, port).load(SHOP.page(port, "timing=1"));
        double cold = launcherMillis(widget);
        List<String> requests = pennyRequests(widget);
        assertThat(widget.find(".launcher").isDisplayed()).isTrue();

        widget.open().ask("How do I change my PIN?");
        widget.awaitReply("PIN services");
        List<String> after = pennyRequests(widget);

        widget.load(SHOP.page(port, "timing=1"));
        double warm = launcherMillis(widget);

        HttpResponse<byte[]> script = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/widget.js"))
                                .header("Accept-Encoding", "gzip")
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        int wireBytes = script.body().length;
        System.out.println("FIGURES embed: widget.js on the wire: " + wireBytes + " bytes, Content-Encoding "
                + script.headers().firstValue("Content-Encoding").orElse("none") + ", Content-Type "
                + script.headers().firstValue("Content-Type").orElse("?"));
        System.out.printf(
                "FIGURES embed: script tag to launcher visible: %.1f ms cold cache, %.1f ms warm (local page)%n",
                cold, warm);
        System.out.println(
                "FIGURES embed: HTTP requests to Penny before opening the chat: " + requests.size() + " " + requests);
        System.out.println("FIGURES embed: HTTP requests to Penny after a question and answer: " + after.size()
                + " (plus one WebSocket, /ws/visitor, opened when the chat is first opened)");
        assertThat(requests).singleElement().asString().endsWith("/widget.js");
        assertThat(wireBytes).isLessThanOrEqualTo(15 * 1024);
        assertThat(after).hasSize(1);
        assertThat(cold).isLessThan(2000);
    }

    private static double launcherMillis(WidgetOnPage widget) {
        widget.until(d -> widget.js("return window.pennyReady;") != null);
        return ((Number) widget.js("return window.pennyReady - window.pennyT0;")).doubleValue();
    }

    /** The HTTP requests the page made to Penny's origin; the host page's own are not the embed's. */
    @SuppressWarnings("unchecked")
    private List<String> pennyRequests(WidgetOnPage widget) {
        return (List<String>) widget.js(
                "var penny = arguments[0]; return performance.getEntriesByType('resource')"
                        + ".map(function (e) { return e.name; })"
                        + ".filter(function (name) { return name.indexOf(penny) === 0; });",
                "http://localhost:" + port + "/");
    }

    /** Computed styles of the widget's main parts, with the panel open and one answer shown. */
    private static Map<String, Map<String, String>> widgetStyles(WidgetOnPage widget, List<String> properties) {
        widget.ask("How do I change my PIN?");
        widget.awaitReply("PIN services");
        Map<String, Map<String, String>> styles = new java.util.LinkedHashMap<>();
        for (String part : List.of(
                ".root",
                ".launcher",
                ".panel",
                "header h2",
                ".close",
                ".log",
                ".msg.visitor .body",
                ".msg.bot:not(.greeting) .body",
                ".who",
                ".input",
                ".send")) {
            styles.put(part, widget.style(part, properties));
        }
        return styles;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> hostStyles(WidgetOnPage widget, String url) {
        widget.driver.get(url);
        if (!url.contains("tags=0")) {
            widget.until(d -> !widget.all(".launcher").isEmpty());
        }
        return (Map<String, Object>) widget.js("var out = {};"
                + " ['html', 'body', '#headline', '#copy', '#link', '#box', '#buy'].forEach(function (sel) {"
                + "   var s = getComputedStyle(document.querySelector(sel)); var r = {};"
                + "   ['display', 'font-size', 'font-family', 'color', 'background-color', 'margin-top', 'padding-top',"
                + "    'line-height', 'width', 'height', 'position', 'overflow'].forEach(function (p) {"
                + "     r[p] = s.getPropertyValue(p); });"
                + "   out[sel] = r; });"
                + " out.head = document.head.children.length;"
                + " out.bodyChildren = Array.prototype.filter.call(document.body.children,"
                + "   function (e) { return e.localName !== 'penny-chat' && e.localName !== 'script'; }).length;"
                + " out.documentStyleSheets = document.styleSheets.length;"
                + " return out;");
    }
}
