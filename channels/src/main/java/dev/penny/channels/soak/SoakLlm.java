package dev.penny.channels.soak;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A test double of an OpenAI-compatible LLM for the soak, not a model: {@code POST /v1/chat/completions} answers one
 * canned completion after a short delay, or HTTP 500 while {@link #failing(boolean) failing}. It counts the calls.
 */
final class SoakLlm implements AutoCloseable {

    private static final String COMPLETION = """
            {"id":"chatcmpl-soak","object":"chat.completion","created":1741942800,"model":"soak-double",
             "choices":[{"index":0,"message":{"role":"assistant","content":"A canned answer from the soak's LLM \
            double."},"finish_reason":"stop"}],
             "usage":{"prompt_tokens":300,"completion_tokens":12,"total_tokens":312}}
            """;
    private static final long DELAY_MS = 300;

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final AtomicLong calls = new AtomicLong();
    private volatile boolean failing;

    SoakLlm() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", this::handle);
        server.setExecutor(handlers);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    void failing(boolean failing) {
        this.failing = failing;
    }

    long calls() {
        return calls.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            calls.incrementAndGet();
            try {
                Thread.sleep(DELAY_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            boolean fail = failing;
            byte[] body = (fail ? "{\"error\":{\"message\":\"soak: injected failure\"}}" : COMPLETION)
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(fail ? 500 : 200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
