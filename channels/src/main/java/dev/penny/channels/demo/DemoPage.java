package dev.penny.channels.demo;

import dev.penny.channels.config.AgentAccount;
import dev.penny.channels.security.DemoAccounts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code /} in demo mode: the fictional bank's page with the widget, the demo notice, the accounts that sign in with
 * the published demo password, and links to the console and the editor. Outside demo mode the route does not exist
 * and {@code /} is a plain 404.
 */
final class DemoPage {

    /** Inline styles: the page's own, and the widget's inside its shadow root; everything else from Penny only. */
    static final String CONTENT_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
            + " connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final String html;

    DemoPage(List<AgentAccount> accounts) {
        this.html = template().replace("{{accounts}}", accountItems(accounts));
    }

    /** {@code GET /}; a route rather than a controller, so component scanning never registers it. */
    RouterFunction<ServerResponse> route() {
        return RouterFunctions.route()
                .GET(
                        "/",
                        request -> ServerResponse.ok()
                                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                                .cacheControl(CacheControl.noStore())
                                .header("Content-Security-Policy", CONTENT_POLICY)
                                .body(html))
                .build();
    }

    private static String accountItems(List<AgentAccount> accounts) {
        List<AgentAccount> demo = accounts.stream().filter(DemoAccounts::isDemo).toList();
        if (demo.isEmpty()) {
            return "<li>Sign in with the accounts configured in <code>penny.agents</code>.</li>";
        }
        return demo.stream()
                .map(a -> "<li><code>" + HtmlUtils.htmlEscape(a.username()) + "</code> / <code>"
                        + DemoAccounts.PASSWORD + "</code> ("
                        + HtmlUtils.htmlEscape(String.join(", ", a.roles()).toLowerCase(Locale.ROOT)) + ")</li>")
                .collect(Collectors.joining());
    }

    private static String template() {
        try (InputStream in = DemoPage.class.getResourceAsStream("/penny/demo-bank.html")) {
            if (in == null) {
                throw new IllegalStateException("penny/demo-bank.html is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
