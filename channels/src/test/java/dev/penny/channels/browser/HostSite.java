package dev.penny.channels.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Somebody else's website, on its own origin ({@code http://127.0.0.1:<port>}), embedding the widget with one script
 * tag. {@code GET /page?penny=<Penny's port>} with options: {@code remember=browser} keeps the conversation across
 * tabs, {@code forget=closed} forgets it when an agent closes it, {@code css=hostile} adds style rules that would wreck any
 * widget they reached, {@code tags=0|1|2} how many widget tags, {@code timing=1} a clock started before the tag.
 */
final class HostSite implements AutoCloseable {

    /** Rules a careless or hostile host page might have; none may reach inside the widget. */
    static final String HOSTILE_CSS = """
            * { all: unset; font-size: 40px !important; color: red !important; }
            * { font-family: serif !important; line-height: 3 !important; letter-spacing: 4px !important; }
            div { display: none; }
            button, textarea, input { background: lime !important; border: 6px dashed blue !important; }
            ol, li, p, h2, section, header, form { margin: 30px !important; padding: 30px !important; }
            """;

    private final HttpServer server;

    private HostSite(HttpServer server) {
        this.server = server;
    }

    static HostSite start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/page", HostSite::page);
            server.start();
            return new HostSite(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This site's origin, as the browser sends it in the WebSocket handshake. */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String page(int pennyPort, String options) {
        return origin() + "/page?penny=" + pennyPort + (options.isEmpty() ? "" : "&" + options);
    }

    private static void page(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI());
        String penny = "http://localhost:" + Integer.parseInt(query.get("penny"));
        int tags = Integer.parseInt(query.getOrDefault("tags", "1"));
        String tag = "<script src=\"" + penny + "/widget.js\" data-penny-title=\"Penny Bank help\""
                + " data-penny-color=\"#0b57d0\" data-penny-position=\"right\""
                + " data-penny-greeting=\"Hi! Ask me about cards, PINs or exchange rates.\" data-penny-lang=\"en\""
                + ("browser".equals(query.get("remember")) ? " data-penny-remember=\"browser\"" : "")
                + ("closed".equals(query.get("forget")) ? " data-penny-forget=\"closed\"" : "")
                + (query.containsKey("user") ? " data-penny-user-id=\"" + query.get("user") + "\"" : "")
                + (query.containsKey("hash") ? " data-penny-user-hash=\"" + query.get("hash") + "\"" : "")
                + (query.containsKey("plan") ? " data-penny-attr-plan=\"" + query.get("plan") + "\"" : "")
                + " async></script>\n";
        String html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Shop</title><link rel=\"icon\" href=\"data:,\">"
                + ("hostile".equals(query.get("css")) ? "<style>" + HOSTILE_CSS + "</style>" : "")
                + ("1".equals(query.get("timing")) ? TIMING : "")
                + "</head><body>\n"
                + "<h1 id=\"headline\">Welcome to the shop</h1>\n"
                + "<p id=\"copy\">We sell <a id=\"link\" href=\"#\">fine things</a>.</p>\n"
                + "<div id=\"box\"><button id=\"buy\" type=\"button\">Buy</button></div>\n"
                + tag.repeat(tags)
                + "</body></html>";
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    // Started before the widget's tag; the widget's penny:ready event stops it once the launcher can paint.
    private static final String TIMING = "<script>window.pennyT0 = performance.now();"
            + "document.addEventListener('penny:ready', function () { requestAnimationFrame(function () {"
            + " setTimeout(function () { window.pennyReady = performance.now(); }, 0); }); });</script>";

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new HashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                values.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        return values;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
