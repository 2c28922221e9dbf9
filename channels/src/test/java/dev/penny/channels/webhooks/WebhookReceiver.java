package dev.penny.channels.webhooks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A webhook receiver on a free port: records every POST with its signature and when it arrived, and answers the
 * statuses it is told to (200 once they run out). It can go down and come back on the same port, as a receiver's
 * outage.
 */
public final class WebhookReceiver implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One POST received. */
    public record Received(String body, String signature, int answered, Instant arrived) {
        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Integer> statuses = new ArrayDeque<>();
    private int port;
    private HttpServer server;

    private WebhookReceiver() {}

    public static WebhookReceiver start() {
        WebhookReceiver receiver = new WebhookReceiver();
        receiver.up();
        return receiver;
    }

    public String url() {
        return "http://127.0.0.1:" + port + "/hooks/penny";
    }

    /** Answers the next {@code count} POSTs with {@code status}. */
    public synchronized WebhookReceiver answer(int status, int count) {
        for (int i = 0; i < count; i++) {
            statuses.addLast(status);
        }
        return this;
    }

    private synchronized int nextStatus() {
        Integer status = statuses.pollFirst();
        return status == null ? 200 : status;
    }

    /** Every POST so far, including those answered with an error. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The POSTs answered 2xx, in the order they arrived. */
    public List<Received> accepted() {
        return received.stream().filter(r -> r.answered() / 100 == 2).toList();
    }

    /** Stops answering: connections are refused until {@link #up()}. */
    public synchronized void down() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Listens again, on the port it had (a free one the first time). */
    public synchronized void up() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on " + port, e);
        }
        port = server.getAddress().getPort();
        server.createContext("/hooks/penny", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int status = nextStatus();
            received.add(new Received(
                    body, exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER), status, Instant.now()));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    @Override
    public void close() {
        down();
    }
}
