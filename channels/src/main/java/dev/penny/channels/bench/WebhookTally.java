package dev.penny.channels.bench;

import com.sun.net.httpserver.HttpServer;
import dev.penny.core.events.SupportEvent;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bench's webhook receiver and its bookkeeping: what Penny emitted (from an application listener) against what
 * arrived, for the delivery delay, and for events lost or out of order per conversation. It can go down and come
 * back on the same port.
 */
final class WebhookTally {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Arrival(String id, String conversationId, Instant at, Instant arrived) {}

    private final List<Arrival> arrivals = new ArrayList<>();
    private final Map<String, List<String>> emitted = new LinkedHashMap<>();
    private int port;
    private HttpServer server;

    WebhookTally() {
        up();
    }

    String url() {
        return "http://127.0.0.1:" + port + "/hooks";
    }

    synchronized void emitted(SupportEvent event) {
        emitted.computeIfAbsent(event.conversationId().value(), k -> new ArrayList<>())
                .add(event.id());
    }

    synchronized void down() {
        server.stop(0);
    }

    synchronized void up() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        port = server.getAddress().getPort();
        server.createContext("/hooks", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            JsonNode json = JSON.readTree(body);
            synchronized (this) {
                arrivals.add(new Arrival(
                        json.path("id").asString(),
                        json.path("conversationId").asString(),
                        Instant.parse(json.path("at").asString()),
                        Instant.now()));
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    void close() {
        server.stop(0);
    }

    /** Delivery delays, in ms and sorted, of the events that arrived from {@code from} on (the receiver up). */
    synchronized double[] delaysMs(int from) {
        return arrivals.subList(from, arrivals.size()).stream()
                .mapToDouble(a -> Duration.between(a.at(), a.arrived()).toNanos() / 1e6)
                .sorted()
                .toArray();
    }

    synchronized int arrived() {
        return arrivals.size();
    }

    /** Emitted events that have not arrived. */
    synchronized int lost() {
        Set<String> got = new HashSet<>();
        arrivals.forEach(a -> got.add(a.id()));
        return (int) emitted.values().stream()
                .flatMap(List::stream)
                .filter(id -> !got.contains(id))
                .count();
    }

    synchronized int emittedCount() {
        return emitted.values().stream().mapToInt(List::size).sum();
    }

    /** Events that arrived (first time) before an event emitted earlier in the same conversation. */
    synchronized int outOfOrder() {
        Map<String, Integer> position = new HashMap<>();
        emitted.values().forEach(ids -> {
            for (int i = 0; i < ids.size(); i++) {
                position.put(ids.get(i), i);
            }
        });
        Map<String, Integer> highest = new HashMap<>();
        Set<String> seen = new HashSet<>();
        int inversions = 0;
        for (Arrival a : arrivals) {
            Integer at = position.get(a.id());
            if (at == null || !seen.add(a.id())) {
                continue;
            }
            int before = highest.getOrDefault(a.conversationId(), -1);
            if (at < before) {
                inversions++;
            }
            highest.put(a.conversationId(), Math.max(before, at));
        }
        return inversions;
    }

    /** Arrivals of an id that had arrived before (allowed: delivery is at least once). */
    synchronized int duplicates() {
        Set<String> seen = new HashSet<>();
        return (int) arrivals.stream().filter(a -> !seen.add(a.id())).count();
    }
}
